/**
 * The canonical leaf encoding of a domain event ({@link org.datadeed.ledger.core.leaf.EventLeaf}), built on
 * RFC 8785 JSON canonicalization ({@link org.datadeed.ledger.core.leaf.Jcs}).
 */
package org.datadeed.ledger.core.leaf;
