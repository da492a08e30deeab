/** The scale curve (bench/scale): a deterministic content multiplier and a bench that builds, packs, loads and times each scale. */
package io.quickcite.bench.scale;
