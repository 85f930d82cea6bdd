package vn.khaosat.survey.service.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A chart from another service is put into the documents as markup, so it is checked first: one
 * well-formed SVG element, only the drawing elements the charts use, no script, no event handler,
 * no link out. Anything else is refused (and the document shows a note instead).
 */
final class TrustedSvg {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Set<String> ELEMENTS =
      Set.of("svg", "title", "desc", "g", "rect", "line", "polyline", "circle", "text");

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
      return allowed(root) ? Optional.of(svg) : Optional.empty();
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
      String name = attributes.item(i).getLocalName();
      if (name == null) {
        name = attributes.item(i).getNodeName();
      }
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("on") || lower.contains("href") || lower.equals("style")) {
        return false;
      }
    }
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      boolean ok =
          child.getNodeType() == Node.TEXT_NODE
              || (child.getNodeType() == Node.ELEMENT_NODE && allowed((Element) child));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
