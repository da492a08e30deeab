package io.quickcite.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.answer.SiteIndex;
import io.quickcite.api.openapi.HealthApi;
import io.quickcite.index.IndexManifest;

/** GET /health: the loaded index's counts and version (described in {@link HealthApi}). */
@Controller
public final class HealthController implements HealthApi {

    /** Body of GET /health (described by {@link io.quickcite.api.openapi.Health}). */
    @Serdeable
    public record Health(
            String status, int documents, int passages, int entries, String indexVersion, String contentChecksum) {}

    private final Health health;

    public HealthController(SiteIndex index) {
        IndexManifest m = index.manifest();
        this.health = new Health(
                "UP",
                m.documents(),
                m.passages(),
                m.entries(),
                Integer.toString(m.formatVersion()),
                m.contentChecksum());
    }

    /** Always UP once started: the index loads at start or the start fails. */
    @Get("/health")
    @Override
    public Health health() {
        return health;
    }
}
