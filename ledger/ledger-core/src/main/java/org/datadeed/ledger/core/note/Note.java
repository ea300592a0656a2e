package org.datadeed.ledger.core.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;

/**
 * A C2SP signed note (https://c2sp.org/signed-note), parsed but not verified: its text and its signature
 * lines. Use {@link Notes#open} to verify one; never act on the text of a note that is not verified.
 *
 * @param text       the note text, ending in a newline (the separating blank line excluded)
 * @param signatures the signature lines, in order
 */
public record Note(String text, List<NoteSignature> signatures) {

    /**
     * The most signature lines a note may carry. The specification requires accepting at least 16; this
     * bounds the work a hostile note can cause (Go's note package uses the same limit).
     */
    public static final int MAX_SIGNATURES = 100;

    public Note {
        requireValidText(text);
        signatures = List.copyOf(signatures);
        if (signatures.size() > MAX_SIGNATURES) {
            throw new FormatException("more than " + MAX_SIGNATURES + " signatures");
        }
    }

    /**
     * Parses a signed note strictly: valid UTF-8, no control characters other than newline, a text ending
     * in a newline, a blank line, then one or more well-formed signature lines each ending in a newline.
     *
     * @throws FormatException if the note is malformed
     */
    public static Note parse(byte[] bytes) {
        return parse(Encodings.decodeUtf8(bytes, "note"));
    }

    /** As {@link #parse(byte[])}, for a note already decoded from UTF-8. */
    public static Note parse(String note) {
        requireNoControlCharacters(note);
        Encodings.requireWellFormed(note, "note");
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new FormatException("note has no blank line before its signatures");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty()) {
            throw new FormatException("note has no signature lines");
        }
        if (!block.endsWith("\n")) {
            throw new FormatException("note does not end with a newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        int start = 0;
        while (start < block.length()) {
            int end = block.indexOf('\n', start);
            if (signatures.size() == MAX_SIGNATURES) {
                throw new FormatException("more than " + MAX_SIGNATURES + " signatures");
            }
            signatures.add(parseSignatureLine(block.substring(start, end)));
            start = end + 1;
        }
        return new Note(text, signatures);
    }

    private static NoteSignature parseSignatureLine(String line) {
        if (!line.startsWith(NoteSignature.LINE_PREFIX)) {
            throw new FormatException("signature line does not start with an em dash and a space");
        }
        String rest = line.substring(NoteSignature.LINE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new FormatException("signature line has no space between key name and signature");
        }
        String name = rest.substring(0, space);
        String base64 = rest.substring(space + 1);
        if (!KeyNames.isValid(name)) {
            throw new FormatException("signature line has an invalid key name");
        }
        byte[] decoded = Encodings.decodeBase64(base64, "signature");
        if (decoded.length < 5) {
            throw new FormatException("signature is shorter than a key ID and one byte");
        }
        ByteBuffer buffer = ByteBuffer.wrap(decoded);
        int keyId = buffer.getInt();
        byte[] signature = new byte[buffer.remaining()];
        buffer.get(signature);
        return new NoteSignature(name, keyId, signature);
    }

    /** The text as UTF-8: the bytes every signature signs. */
    public byte[] textBytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** This note with {@code signature} appended (replacing an earlier one from the same key). */
    public Note withSignature(NoteSignature signature) {
        List<NoteSignature> result = new ArrayList<>(signatures.size() + 1);
        for (NoteSignature existing : signatures) {
            if (!(existing.keyName().equals(signature.keyName()) && existing.keyId() == signature.keyId())) {
                result.add(existing);
            }
        }
        result.add(signature);
        return new Note(text, result);
    }

    /**
     * The encoded note: text, blank line, signature lines.
     *
     * @throws IllegalStateException if the note has no signature (an unsigned note has no encoding)
     */
    public String format() {
        if (signatures.isEmpty()) {
            throw new IllegalStateException("a signed note needs at least one signature");
        }
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(s -> out.append(s.line()));
        return out.toString();
    }

    /** {@link #format()} as UTF-8. */
    public byte[] toBytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks the rules a note text must follow: ends with a newline, valid Unicode, and no control
     * characters other than newline.
     *
     * @throws FormatException if it does not
     */
    public static void requireValidText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new FormatException("note text must end with a newline");
        }
        requireNoControlCharacters(text);
        Encodings.requireWellFormed(text, "note text");
    }

    private static void requireNoControlCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new FormatException("note contains the control character U+" + String.format("%04X", (int) c));
            }
        }
    }
}
