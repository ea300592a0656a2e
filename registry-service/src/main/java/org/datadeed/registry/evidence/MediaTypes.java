package org.datadeed.registry.evidence;

/** A light check that an upload's bytes are what its declared media type says, for the binary formats that have a signature. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The media type the content's signature shows, for uploads that declare none or a generic one. */
    static String detect(byte[] content) {
        for (String candidate : new String[] {"application/pdf", "image/png", "image/jpeg", "application/zip"}) {
            if (matches(candidate, content)) {
                return candidate;
            }
        }
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            utf8.decode(java.nio.ByteBuffer.wrap(content));
            return "text/plain";
        } catch (java.nio.charset.CharacterCodingException binary) {
            return "application/octet-stream";
        }
    }

    static boolean matches(String mediaType, byte[] content) {
        return switch (mediaType) {
            case "application/pdf" -> startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case "image/png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
                    startsWith(content, new byte[] {'P', 'K', 3, 4});
            default -> true;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
