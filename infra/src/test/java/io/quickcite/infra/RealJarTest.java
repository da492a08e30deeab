package io.quickcite.infra;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jar the deployment really ships (cdk.json's {@code jar}, built from the repository root before these
 * tests run). A missing jar fails here rather than skipping, so a green run always checked the real code.
 */
class RealJarTest {

    /** Lambda rejects code whose unzipped size exceeds 250 MB. */
    static final long LAMBDA_UNZIPPED_LIMIT = 250L * 1024 * 1024;

    Path jar;

    @BeforeEach
    void requireTheBuiltJar() {
        jar = Path.of((String) TestInputs.cdkJsonContext().get(QuickciteApp.JAR))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing. Build it first, from the repository root: mvn -B package -DskipTests");
        }
    }

    @Test
    void jarHoldsTheHandlerTheStackConfigures() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertNotNull(
                    zip.getEntry(AnswerFunction.HANDLER.replace('.', '/') + ".class"),
                    jar + " has no " + AnswerFunction.HANDLER);
        }
    }

    @Test
    void jarFitsLambdasUnzippedSizeLimit() throws IOException {
        long unzipped = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                unzipped += Math.max(entry.getSize(), 0);
            }
        }
        assertTrue(unzipped < LAMBDA_UNZIPPED_LIMIT, jar + " unzips to " + unzipped + " bytes");
    }
}
