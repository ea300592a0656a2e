package org.datadeed.registry.evidence;

/** A light check that an upload's bytes are what its declared media type says, for the binary formats that have a signature. */
final class MediaTypes {

    private MediaTypes() {
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
