/**
 * Reading and writing flow specs (format 1, docs/SPEC.md) in YAML and JSON.
 *
 * <p>{@link dev.napkin.model.spec.SpecReader} turns text into a {@code Flow} and issues with file,
 * line, column, a stable code ({@link dev.napkin.model.spec.SpecCodes}) and a path such as {@code
 * nodes[2].cost}; {@link dev.napkin.model.spec.SpecLocations} gives later, semantic issues the same
 * locations; {@link dev.napkin.model.spec.SpecWriter} writes the canonical form; {@link
 * dev.napkin.model.spec.TraceFiles} and {@link dev.napkin.model.spec.TraceReader} find and read
 * trace CSVs. The JSON Schema is assets/schema/napkin-1.schema.json.
 *
 * <p>Choices where SPEC.md is silent:
 *
 * <ul>
 *   <li>Types are strict: durations, rates, sizes and money are text ("a bare number is an error");
 *       numbers are numbers (quoted "99" is an error); text fields reject numbers and booleans
 *       (with a hint to quote them); {@code null} is never "absent". A ratio may be a number (0.95)
 *       or text (95%). Integers accept 4.0 (JSON Schema's integer does too).
 *   <li>Hourly prices ({@code vcpuHour}, {@code perJobHour}) read {@code 0.048 USD} or {@code 0.048
 *       USD/h} and are written {@code 0.048 USD}, as SPEC.md's example does. {@code perJobHour} is
 *       allowed under {@code streaming} only.
 *   <li>Profiles: {@code diurnal} needs {@code peak} and {@code peakAt} ({@code HH:MM}, or {@code
 *       HH:MM:SS(.f)}, 00:00 to 23:59); {@code bursts} needs {@code every}, {@code duration} and
 *       {@code factor}; {@code trace} needs {@code file}; {@code type} is required.
 *   <li>Windows need {@code type} and {@code size}; {@code slide} belongs to sliding windows only.
 *   <li>A mixture needs at least one part; every part needs a {@code weight}.
 *   <li>{@code napkin: 1} missing is reported and reading goes on; any other version stops reading
 *       (a later format's keys would only add noise).
 *   <li>A repeated key is an error ({@code duplicate-key}); the first one counts.
 *   <li>YAML anchors and aliases work (maps, lists and single values), within the safety limits;
 *       merge keys ({@code <<}) and tags other than {@code !!str} are refused.
 *   <li>Safety limits ({@link dev.napkin.model.spec.SpecLimits}): 10 MiB, nesting depth 32, 50
 *       aliases expanding to at most 10,000 values, 500,000 values, YAML lines of at most 100,000
 *       characters (longer ones make the YAML scanner crawl). At most 200 issues are shown.
 *   <li>Canonical output: keys in SPEC.md's order; a value equal to its default is left out, but an
 *       optional value that is set (an SLA percentile of 95, a lateness of 0s) is written, since it
 *       overrides {@code defaults}; {@code name} is left out when it equals the id; a fixed
 *       distribution is a plain duration; sections, nodes and mixtures in block style, small maps
 *       (edges, SLAs, windows, profiles, distributions, mode settings, positions) in flow style;
 *       {@code layout} and {@code cost.monthly} in node order, then other ids sorted; numbers as
 *       the shortest decimal that reads back as the same double (no Double.toString, whose output
 *       changed in JDK 19); multi-line text as a literal block.
 *   <li>Trace CSVs: an optional header {@code time} or {@code time,count}, {@code #} comments and
 *       blank lines skipped, times in seconds (decimals, exponent allowed), counts whole numbers;
 *       arrivals may come in any order, interval starts must increase; the last interval is as long
 *       as the one before (one second if alone); at most 256 MiB.
 * </ul>
 */
package dev.napkin.model.spec;
