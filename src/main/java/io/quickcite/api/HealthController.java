package io.quickcite.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.answer.SiteIndex;
import io.quickcite.index.IndexManifest;

/** GET /health: the loaded index's counts and version. */
@Controller
public final class HealthController {

    /** Body of GET /health. */
    @Serdeable
    public record Health(String status, int documents, int passages, int entries, String indexVersion, String contentChecksum) {
    }

    private final Health health;

    public HealthController(SiteIndex index) {
        IndexManifest m = index.manifest();
        this.health = new Health("UP", m.documents(), m.passages(), m.entries(), Integer.toString(m.formatVersion()), m.contentChecksum());
    }

    /** Always UP once started: the index loads at start or the start fails. */
    @Get("/health")
    public Health health() {
        return health;
    }
}
