package dev.napkin.app.palette;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.List;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** What the palette offers: common sources, transforms and sinks, each with sensible values. */
public final class PaletteCatalog {
  private PaletteCatalog() {}

  public static List<PaletteEntry> entries() {
    return List.of(
        source("Kafka topic", "Events from a Kafka topic", MaterialDesignA.APACHE_KAFKA, "kafka"),
        source("Kinesis stream", "Records from AWS Kinesis", MaterialDesignA.AWS, "kinesis"),
        source(
            "CDC stream", "Row changes from a database log", MaterialDesignD.DATABASE_SYNC, "cdc"),
        source(
            "Files", "Files landing in a folder", MaterialDesignF.FILE_DOCUMENT_MULTIPLE, "files"),
        source("S3 objects", "Objects written to a bucket", MaterialDesignB.BUCKET_OUTLINE, "s3"),
        source("API", "Requests to an HTTP endpoint", MaterialDesignA.API, "api"),
        source("IoT devices", "Telemetry from devices", MaterialDesignR.ROUTER_WIRELESS, "iot"),
        transform("Map", "Reshape each record", MaterialDesignF.FUNCTION_VARIANT, Op.MAP),
        transform(
            "Filter", "Drop records that do not match", MaterialDesignF.FILTER_OUTLINE, Op.FILTER),
        transform("Enrich", "Look up reference data", MaterialDesignT.TABLE_PLUS, Op.ENRICH),
        transform("Join", "Join two inputs", MaterialDesignS.SET_MERGE, Op.JOIN),
        transform(
            "Window aggregate", "Results per key and window", MaterialDesignS.SIGMA, Op.AGGREGATE),
        transform("Dedupe", "Drop repeated records", MaterialDesignC.CONTENT_DUPLICATE, Op.DEDUPE),
        sink(
            "Warehouse table",
            "Snowflake, BigQuery, Redshift",
            MaterialDesignT.TABLE_LARGE,
            "warehouse"),
        sink("Lake table", "Iceberg or Delta files", MaterialDesignW.WAVES, "lake"),
        sink("Dashboard", "Druid, Pinot, a BI tool", MaterialDesignV.VIEW_DASHBOARD, "dashboard"),
        sink(
            "Feature store", "Online features for models", MaterialDesignM.MEMORY, "feature-store"),
        sink("Database", "Postgres, MySQL", MaterialDesignD.DATABASE, "database"),
        sink("Search index", "Elasticsearch, OpenSearch", MaterialDesignM.MAGNIFY, "search"),
        sink("Topic", "Publish to a Kafka topic", MaterialDesignA.APACHE_KAFKA, "topic"));
  }

  private static PaletteEntry source(String label, String help, Ikon icon, String tech) {
    Source node =
        new Source(
            NodeId.of(tech),
            NodeId.of(tech).value(),
            Optional.of(tech),
            Rate.parse("1k/s"),
            Arrivals.POISSON,
            Profile.CONSTANT,
            Source.DEFAULT_RECORD_SIZE,
            Optional.empty());
    return new PaletteEntry(label, help, icon, node);
  }

  private static PaletteEntry transform(String label, String help, Ikon icon, Op op) {
    boolean aggregate = op == Op.AGGREGATE;
    Transform node =
        new Transform(
            NodeId.of(op.specName()),
            op.specName(),
            Optional.empty(),
            op,
            Transform.DEFAULT_COST,
            Duration.ZERO,
            1.0,
            1,
            aggregate
                ? Optional.of(Window.tumbling(Duration.ofMinutes(1), Duration.ZERO))
                : Optional.empty(),
            aggregate ? 100 : 1,
            Optional.empty());
    return new PaletteEntry(label, help, icon, node);
  }

  private static PaletteEntry sink(String label, String help, Ikon icon, String tech) {
    Sink node = new Sink(NodeId.of(tech), tech, Optional.of(tech), Duration.ZERO, Sla.NONE);
    return new PaletteEntry(label, help, icon, node);
  }
}
