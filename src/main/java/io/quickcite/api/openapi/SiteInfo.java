package io.quickcite.api.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** How the OpenAPI description shows {@link io.quickcite.answer.SiteProfile.Profile}. */
@Schema(name = "Site", description = "The loaded site: its name and a few things a visitor could ask.")
public record SiteInfo(
        @Schema(
                requiredMode = REQUIRED,
                description =
                        "The site's name (quickcite.yml's name, a built site's og:site_name, else its home page's title).",
                example = "AI in Hong Kong")
        String name,

        @ArraySchema(
                maxItems = 4,
                arraySchema =
                        @Schema(
                                requiredMode = REQUIRED,
                                description =
                                        "Up to 4 example questions: the site's curated questions, else section headings of different pages."))
        List<String> examples) {}
