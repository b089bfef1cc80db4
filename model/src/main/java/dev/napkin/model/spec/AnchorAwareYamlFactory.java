package dev.napkin.model.spec;

import java.io.CharArrayReader;
import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML factory whose parsers also report the anchors of single values ({@code &c 40us}). Jackson
 * 3.3's YAMLParser reports anchors of maps and lists only, so an alias to an anchored scalar could
 * not be resolved; its last snakeyaml event still carries the anchor.
 */
final class AnchorAwareYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  AnchorAwareYamlFactory(YAMLFactory configured) {
    super(configured);
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext context, IOContext io, Reader reader) {
    return parser(context, io, reader, false);
  }

  @Override
  protected YAMLParser _createParser(
      ObjectReadContext context,
      IOContext io,
      char[] text,
      int offset,
      int length,
      boolean recyclable) {
    return parser(context, io, new CharArrayReader(text, offset, length), true);
  }

  private YAMLParser parser(ObjectReadContext context, IOContext io, Reader reader, boolean owns) {
    return new AnchorAwareParser(
        context,
        io,
        _getBufferRecycler(),
        context.getStreamReadFeatures(_streamReadFeatures),
        context.getFormatReadFeatures(_formatReadFeatures),
        _loadSettings,
        reader,
        owns);
  }

  /** Adds scalar anchors to {@link #getObjectId()}. */
  private static final class AnchorAwareParser extends YAMLParser {
    AnchorAwareParser(
        ObjectReadContext context,
        IOContext io,
        BufferRecycler recycler,
        int streamFeatures,
        int formatFeatures,
        LoadSettings settings,
        Reader reader,
        boolean owns) {
      super(context, io, recycler, streamFeatures, formatFeatures, settings, reader, owns);
    }

    @Override
    public String getObjectId() {
      JsonToken token = currentToken();
      if (token != null
          && token.isScalarValue()
          && !isCurrentAlias()
          && _lastEvent instanceof ScalarEvent scalar) {
        return scalar.getAnchor().map(Anchor::getValue).orElse(null);
      }
      return super.getObjectId();
    }
  }
}
