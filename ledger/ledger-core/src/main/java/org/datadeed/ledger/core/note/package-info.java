/**
 * C2SP signed notes (https://c2sp.org/signed-note): text signed by one or more keys, each signature line
 * {@code — <key name> base64(key ID || signature)}; Ed25519 keys (signature type 0x01) with verifier keys
 * {@code <name>+<hex key ID>+<base64(0x01 || public key)>} and signer keys
 * {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || seed)>}.
 */
package org.datadeed.ledger.core.note;
