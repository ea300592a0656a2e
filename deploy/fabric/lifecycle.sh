#!/usr/bin/env bash
# Deploys DataDeed's anchoring chaincode (ledger/ledger-chaincode) to a Fabric 2.5 channel as
# chaincode-as-a-service, with the endorsement policy AND('OperatorMSP.peer','RegulatorMSP.peer'):
#
#   package -> install (both peers) -> approveformyorg (both orgs) -> checkcommitreadiness -> commit
#   -> start one chaincode server per organisation
#
# Usage: ./lifecycle.sh [all|package|install|approve|commit|start|stop]   (default: all)
#
# Needs the Fabric 2.5 `peer` binary on PATH with FABRIC_CFG_PATH pointing at a core.yaml, the crypto material
# from `cryptogen generate --config=crypto-config.yaml --output=crypto-config`, a running network (see README.md),
# and the chaincode jar built by `./mvnw -pl ledger/ledger-chaincode -am package`.
# Every setting below can be overridden from the environment. DRY_RUN=1 prints the peer commands instead of running
# them (the package is still built).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

: "${CHANNEL:=datadeed}"
: "${CC_NAME:=datadeed-anchor}"
: "${CC_VERSION:=1.0}"
: "${CC_SEQUENCE:=1}"
: "${CC_POLICY:=AND('OperatorMSP.peer','RegulatorMSP.peer')}"
: "${CRYPTO:=$HERE/crypto-config}"
: "${WORK:=$HERE/build}"
: "${ORDERER_ADDRESS:=localhost:7050}"
: "${ORDERER_HOST:=orderer0.orderer.example}"
: "${OPERATOR_PEER:=localhost:7051}"
: "${REGULATOR_PEER:=localhost:9051}"
# Where each organisation's chaincode server listens. Each peer must be configured to reach its own one, through
# CHAINCODE_AS_A_SERVICE_BUILDER_CONFIG='{"address":"<host:port>"}' (see README.md).
: "${OPERATOR_CHAINCODE_LISTEN:=127.0.0.1:9999}"
: "${REGULATOR_CHAINCODE_LISTEN:=127.0.0.1:9998}"
: "${CHAINCODE_JAR:=$HERE/../../ledger/ledger-chaincode/target/ledger-chaincode-0.1.0-SNAPSHOT-ccaas.jar}"
: "${JAVA:=java}"
: "${DRY_RUN:=0}"

ORDERER_CA=$CRYPTO/ordererOrganizations/orderer.example/tlsca/tlsca.orderer.example-cert.pem
OPERATOR_TLS_CA=$CRYPTO/peerOrganizations/operator.example/peers/peer0.operator.example/tls/ca.crt
REGULATOR_TLS_CA=$CRYPTO/peerOrganizations/regulator.example/peers/peer0.regulator.example/tls/ca.crt
PACKAGE=$WORK/$CC_NAME.tgz

log() {
  printf '==> %s\n' "$*" >&2
}

# Runs a peer command, or prints it when DRY_RUN=1.
peer_cmd() {
  if [[ "$DRY_RUN" == 1 ]]; then
    printf '[dry run] %s:' "${CORE_PEER_LOCALMSPID:-?}" >&2
    printf ' %q' peer "$@" >&2
    printf '\n' >&2
  else
    peer "$@"
  fi
}

# The peer CLI acts as an organisation's admin against that organisation's peer.
as_org() {
  case "$1" in
    operator)
      export CORE_PEER_LOCALMSPID=OperatorMSP
      export CORE_PEER_ADDRESS=$OPERATOR_PEER
      export CORE_PEER_TLS_ROOTCERT_FILE=$OPERATOR_TLS_CA
      export CORE_PEER_MSPCONFIGPATH=$CRYPTO/peerOrganizations/operator.example/users/Admin@operator.example/msp
      ;;
    regulator)
      export CORE_PEER_LOCALMSPID=RegulatorMSP
      export CORE_PEER_ADDRESS=$REGULATOR_PEER
      export CORE_PEER_TLS_ROOTCERT_FILE=$REGULATOR_TLS_CA
      export CORE_PEER_MSPCONFIGPATH=$CRYPTO/peerOrganizations/regulator.example/users/Admin@regulator.example/msp
      ;;
    *)
      echo "unknown organisation: $1" >&2
      exit 2
      ;;
  esac
  export CORE_PEER_TLS_ENABLED=true
}

orderer_flags=(-o "$ORDERER_ADDRESS" --ordererTLSHostnameOverride "$ORDERER_HOST" --tls --cafile "$ORDERER_CA")
definition_flags=(--channelID "$CHANNEL" --name "$CC_NAME" --version "$CC_VERSION" --sequence "$CC_SEQUENCE"
  --signature-policy "$CC_POLICY")

# A ccaas package holds no code: metadata.json (type ccaas, label) and code.tar.gz with connection.json, the
# address the peer dials (templated per peer by the ccaas builder).
package() {
  log "packaging $CC_NAME $CC_VERSION as chaincode-as-a-service: $PACKAGE"
  local staging=$WORK/package
  rm -rf "$staging"
  mkdir -p "$staging/code"
  cp "$HERE/chaincode/connection.json" "$staging/code/connection.json"
  sed -e "s/\"label\": *\"[^\"]*\"/\"label\": \"${CC_NAME}_${CC_VERSION}\"/" \
    "$HERE/chaincode/metadata.json" > "$staging/metadata.json"
  tar -C "$staging/code" -czf "$staging/code.tar.gz" connection.json
  tar -C "$staging" -czf "$PACKAGE" metadata.json code.tar.gz
}

package_id() {
  if [[ "$DRY_RUN" == 1 ]]; then
    echo "${CC_NAME}_${CC_VERSION}:<package hash>"
  else
    peer lifecycle chaincode calculatepackageid "$PACKAGE"
  fi
}

install() {
  [[ -f "$PACKAGE" ]] || package
  local id
  id=$(package_id)
  for org in operator regulator; do
    as_org "$org"
    if [[ "$DRY_RUN" != 1 ]] && peer lifecycle chaincode queryinstalled --output json | grep -q "\"$id\""; then
      log "$CORE_PEER_LOCALMSPID: $id is installed already"
    else
      log "$CORE_PEER_LOCALMSPID: installing $id on $CORE_PEER_ADDRESS"
      peer_cmd lifecycle chaincode install "$PACKAGE"
    fi
  done
}

approve() {
  local id
  id=$(package_id)
  for org in operator regulator; do
    as_org "$org"
    log "$CORE_PEER_LOCALMSPID: approving $CC_NAME $CC_VERSION sequence $CC_SEQUENCE with policy $CC_POLICY"
    peer_cmd lifecycle chaincode approveformyorg "${orderer_flags[@]}" "${definition_flags[@]}" --package-id "$id"
  done
}

commit() {
  as_org operator
  log "checking that both organisations approved the same definition"
  if [[ "$DRY_RUN" == 1 ]]; then
    peer_cmd lifecycle chaincode checkcommitreadiness "${definition_flags[@]}" --output json
  else
    local readiness
    readiness=$(peer lifecycle chaincode checkcommitreadiness "${definition_flags[@]}" --output json)
    echo "$readiness" >&2
    for msp in OperatorMSP RegulatorMSP; do
      if ! grep -Eq "\"$msp\": *true" <<<"$readiness"; then
        echo "$msp has not approved this definition; not committing" >&2
        exit 1
      fi
    done
  fi
  log "committing $CC_NAME $CC_VERSION on $CHANNEL, endorsed by both organisations' peers"
  peer_cmd lifecycle chaincode commit "${orderer_flags[@]}" "${definition_flags[@]}" \
    --peerAddresses "$OPERATOR_PEER" --tlsRootCertFiles "$OPERATOR_TLS_CA" \
    --peerAddresses "$REGULATOR_PEER" --tlsRootCertFiles "$REGULATOR_TLS_CA"
  peer_cmd lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC_NAME"
}

# One chaincode server per organisation, each the shaded jar with the shim's ContractRouter as main class:
# CHAINCODE_SERVER_ADDRESS is where it listens, CORE_CHAINCODE_ID_NAME the installed package id.
start_server() {
  local org=$1 listen=$2 id=$3
  local pid_file=$WORK/run/$org.pid
  mkdir -p "$WORK/run"
  if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    log "$org chaincode server already running (pid $(cat "$pid_file"))"
    return
  fi
  log "$org chaincode server: $CHAINCODE_JAR on $listen as $id"
  if [[ "$DRY_RUN" == 1 ]]; then
    printf '[dry run] CHAINCODE_SERVER_ADDRESS=%q CORE_CHAINCODE_ID_NAME=%q %q -jar %q\n' \
      "$listen" "$id" "$JAVA" "$CHAINCODE_JAR" >&2
    return
  fi
  [[ -f "$CHAINCODE_JAR" ]] || { echo "no chaincode jar at $CHAINCODE_JAR: build ledger/ledger-chaincode" >&2; exit 1; }
  CHAINCODE_SERVER_ADDRESS=$listen CORE_CHAINCODE_ID_NAME=$id CORE_PEER_TLS_ENABLED=false \
    nohup "$JAVA" -jar "$CHAINCODE_JAR" >"$WORK/run/$org.log" 2>&1 &
  echo $! >"$pid_file"
}

start() {
  local id
  id=$(package_id)
  start_server operator "$OPERATOR_CHAINCODE_LISTEN" "$id"
  start_server regulator "$REGULATOR_CHAINCODE_LISTEN" "$id"
}

stop() {
  for org in operator regulator; do
    local pid_file=$WORK/run/$org.pid
    if [[ -f "$pid_file" ]]; then
      log "stopping $org chaincode server (pid $(cat "$pid_file"))"
      kill "$(cat "$pid_file")" 2>/dev/null || true
      rm -f "$pid_file"
    fi
  done
}

main() {
  mkdir -p "$WORK"
  case "${1:-all}" in
    all)
      package
      install
      approve
      commit
      start
      ;;
    package | install | approve | commit | start | stop)
      "$1"
      ;;
    *)
      echo "usage: $0 [all|package|install|approve|commit|start|stop]" >&2
      exit 2
      ;;
  esac
}

main "$@"
