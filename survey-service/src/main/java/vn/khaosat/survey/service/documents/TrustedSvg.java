package vn.khaosat.survey.service.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A chart from another service is put into the documents as markup, so it is checked first: one
 * well-formed SVG element, only the drawing elements and attributes the charts use (no script, no
 * event handler, no style, no transform, no link or {@code url(…)} out), text only as the plain
 * content of {@code text}, {@code title} and {@code desc}. Anything else is refused (and the
 * document shows a note instead). The attribute list is also what {@link SvgLabels} knows how to
 * place.
 */
final class TrustedSvg {

  static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
  private static final Set<String> ELEMENTS =
      Set.of("svg", "title", "desc", "g", "rect", "line", "polyline", "circle", "text");
  private static final Set<String> TEXT_ONLY = Set.of("title", "desc", "text");
  private static final Set<String> ATTRIBUTES =
      Set.of(
          "width",
          "height",
          "viewBox",
          "role",
          "aria-labelledby",
          "aria-label",
          "id",
          "class",
          "font-family",
          "font-size",
          "font-weight",
          "font-style",
          "text-anchor",
          "x",
          "y",
          "x1",
          "y1",
          "x2",
          "y2",
          "cx",
          "cy",
          "r",
          "points",
          "fill",
          "fill-opacity",
          "stroke",
          "stroke-width",
          "stroke-dasharray",
          "stroke-opacity",
          "opacity");

  private TrustedSvg() {}

  static Optional<String> check(String svg) {
    if (svg == null || !svg.startsWith("<svg")) {
      return Optional.empty();
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Element root =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement();
      return "svg".equals(root.getLocalName()) && allowed(root)
          ? Optional.of(svg)
          : Optional.empty();
    } catch (Exception notAChart) {
      return Optional.empty();
    }
  }

  private static boolean allowed(Element e) {
    if (!SVG.equals(e.getNamespaceURI()) || !ELEMENTS.contains(e.getLocalName())) {
      return false;
    }
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      if (!allowed((Attr) attributes.item(i))) {
        return false;
      }
    }
    boolean textOnly = TEXT_ONLY.contains(e.getLocalName());
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      boolean ok =
          child.getNodeType() == Node.TEXT_NODE
              || (!textOnly
                  && child.getNodeType() == Node.ELEMENT_NODE
                  && allowed((Element) child));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(Attr a) {
    if (XMLNS.equals(a.getNamespaceURI())) {
      // only the default namespace declaration, and only SVG's
      return "xmlns".equals(a.getName()) && SVG.equals(a.getValue());
    }
    String name = a.getName();
    boolean known =
        a.getNamespaceURI() == null
            && (ATTRIBUTES.contains(name) || name.matches("data-[a-z0-9-]+"));
    return known && !a.getValue().toLowerCase(Locale.ROOT).contains("url(");
  }
}
