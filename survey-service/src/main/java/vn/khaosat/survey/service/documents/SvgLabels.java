package vn.khaosat.survey.service.documents;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The words of a chart (nhãn biểu đồ): its {@code text} elements, read off the SVG with what they
 * inherit, and taken out of it, so that the PDF draws them as text in the documents' font while
 * Batik draws the rest. Only what {@link TrustedSvg} lets in has to be understood here: a position,
 * an anchor, a size, a weight, a style and a fill; no transform.
 */
final class SvgLabels {

  /** What SVG gives a text without a size (CSS {@code medium}). */
  private static final float DEFAULT_SIZE = 16;

  private SvgLabels() {}

  /** A label, in the SVG's user units; {@code y} is its baseline, {@code fill} null for none. */
  record Label(
      String text,
      double x,
      double y,
      String anchor,
      float size,
      boolean bold,
      boolean italic,
      Color fill) {}

  /** Reads the labels of {@code svg} and removes their elements from it. */
  static List<Label> takeFrom(Element svg) {
    List<Element> texts = new ArrayList<>();
    collect(svg, texts);
    List<Label> labels = new ArrayList<>();
    for (Element text : texts) {
      String words = text.getTextContent().replaceAll("\\s+", " ").trim();
      if (!words.isEmpty()) {
        labels.add(label(text, words));
      }
      text.getParentNode().removeChild(text);
    }
    return labels;
  }

  private static Label label(Element text, String words) {
    String weight = inherited(text, "font-weight", "normal");
    return new Label(
        words,
        number(text.getAttribute("x"), 0),
        number(text.getAttribute("y"), 0),
        inherited(text, "text-anchor", "start"),
        (float) number(inherited(text, "font-size", ""), DEFAULT_SIZE),
        weight.equals("bold") || weight.equals("bolder") || number(weight, 400) >= 600,
        inherited(text, "font-style", "normal").equals("italic"),
        colour(inherited(text, "fill", "#000000")));
  }

  private static void collect(Element e, List<Element> texts) {
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        String name = name(child);
        if (name.equals("text")) {
          texts.add(child);
        } else if (!name.equals("title") && !name.equals("desc")) {
          collect(child, texts);
        }
      }
    }
  }

  private static String name(Element e) {
    String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    return name.substring(name.indexOf(':') + 1);
  }

  /** The attribute on the element or the nearest ancestor that has it: SVG's inheritance. */
  private static String inherited(Element e, String attribute, String otherwise) {
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (el.hasAttribute(attribute)) {
        return el.getAttribute(attribute).trim().toLowerCase(Locale.ROOT);
      }
    }
    return otherwise;
  }

  /** The first number of a length or list ({@code 12}, {@code 12px}, {@code 10 20}). */
  static double number(String value, double otherwise) {
    String first = value.trim().split("[\\s,]+")[0].replaceFirst("px$", "");
    try {
      return first.isEmpty() ? otherwise : Double.parseDouble(first);
    } catch (NumberFormatException notANumber) {
      return otherwise;
    }
  }

  private static Color colour(String fill) {
    if (fill.equals("none")) {
      return null;
    }
    if (fill.matches("#[0-9a-f]{6}")) {
      return new Color(Integer.parseInt(fill.substring(1), 16));
    }
    if (fill.matches("#[0-9a-f]{3}")) {
      int r = Character.digit(fill.charAt(1), 16);
      int g = Character.digit(fill.charAt(2), 16);
      int b = Character.digit(fill.charAt(3), 16);
      return new Color(r * 17, g * 17, b * 17);
    }
    return fill.equals("white") ? Color.WHITE : Color.BLACK;
  }
}
