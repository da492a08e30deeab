package io.quickcite.infra;

/** A deployment configuration or build artefact that cannot be deployed; the message says what to fix. */
final class ConfigException extends IllegalArgumentException {
    ConfigException(String message) {
        super(message);
    }
}
