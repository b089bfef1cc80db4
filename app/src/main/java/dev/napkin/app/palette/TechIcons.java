package dev.napkin.app.palette;

import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Transform;
import java.util.Locale;
import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The icon a node shows: by technology where one is known, else by what the node does. */
public final class TechIcons {
  private static final Map<String, Ikon> BY_TECH =
      Map.ofEntries(
          Map.entry("kafka", MaterialDesignA.APACHE_KAFKA),
          Map.entry("topic", MaterialDesignA.APACHE_KAFKA),
          Map.entry("kinesis", MaterialDesignA.AWS),
          Map.entry("cdc", MaterialDesignD.DATABASE_SYNC),
          Map.entry("debezium", MaterialDesignD.DATABASE_SYNC),
          Map.entry("files", MaterialDesignF.FILE_DOCUMENT_MULTIPLE),
          Map.entry("s3", MaterialDesignB.BUCKET_OUTLINE),
          Map.entry("gcs", MaterialDesignB.BUCKET_OUTLINE),
          Map.entry("api", MaterialDesignA.API),
          Map.entry("http", MaterialDesignA.API),
          Map.entry("iot", MaterialDesignR.ROUTER_WIRELESS),
          Map.entry("mqtt", MaterialDesignR.ROUTER_WIRELESS),
          Map.entry("warehouse", MaterialDesignT.TABLE_LARGE),
          Map.entry("snowflake", MaterialDesignS.SNOWFLAKE),
          Map.entry("bigquery", MaterialDesignT.TABLE_LARGE),
          Map.entry("redshift", MaterialDesignT.TABLE_LARGE),
          Map.entry("lake", MaterialDesignW.WAVES),
          Map.entry("iceberg", MaterialDesignW.WAVES),
          Map.entry("delta", MaterialDesignW.WAVES),
          Map.entry("dashboard", MaterialDesignV.VIEW_DASHBOARD),
          Map.entry("druid", MaterialDesignV.VIEW_DASHBOARD),
          Map.entry("pinot", MaterialDesignV.VIEW_DASHBOARD),
          Map.entry("feature-store", MaterialDesignM.MEMORY),
          Map.entry("redis", MaterialDesignM.MEMORY),
          Map.entry("database", MaterialDesignD.DATABASE),
          Map.entry("postgres", MaterialDesignD.DATABASE),
          Map.entry("mysql", MaterialDesignD.DATABASE),
          Map.entry("search", MaterialDesignM.MAGNIFY),
          Map.entry("elasticsearch", MaterialDesignM.MAGNIFY),
          Map.entry("opensearch", MaterialDesignM.MAGNIFY));

  private TechIcons() {}

  public static Ikon of(Node node) {
    Ikon byTech =
        node.tech().map(t -> BY_TECH.get(t.toLowerCase(Locale.ROOT).strip())).orElse(null);
    if (byTech != null) {
      return byTech;
    }
    if (node instanceof Transform t) {
      return switch (t.op()) {
        case MAP -> MaterialDesignF.FUNCTION_VARIANT;
        case FILTER -> MaterialDesignF.FILTER_OUTLINE;
        case ENRICH -> MaterialDesignT.TABLE_PLUS;
        case JOIN -> MaterialDesignS.SET_MERGE;
        case AGGREGATE -> MaterialDesignS.SIGMA;
        case DEDUPE -> MaterialDesignC.CONTENT_DUPLICATE;
      };
    }
    return switch (node.kind()) {
      case SOURCE -> MaterialDesignL.LIGHTNING_BOLT;
      case TRANSFORM -> MaterialDesignF.FUNCTION_VARIANT;
      case SINK -> MaterialDesignD.DATABASE_IMPORT;
    };
  }
}
