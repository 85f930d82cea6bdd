package vn.khaosat.indicators.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A chart read back as XML: its elements by name and class, their attributes and texts. */
final class SvgImage {

  static final String NAMESPACE = "http://www.w3.org/2000/svg";

  final Document document;

  private SvgImage(Document document) {
    this.document = document;
  }

  /** Parses the image; any markup a label could have broken fails here. */
  static SvgImage parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new SvgImage(
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** The elements of this name whose class list holds {@code cssClass} (any when null). */
  List<Element> all(String name, String cssClass) {
    NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cssClass == null || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(e);
      }
    }
    return found;
  }

  Element one(String name, String cssClass) {
    List<Element> found = all(name, cssClass);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " <" + name + " class=" + cssClass + ">");
    }
    return found.get(0);
  }

  String text(String name, String cssClass) {
    return one(name, cssClass).getTextContent();
  }

  List<String> texts(String name, String cssClass) {
    return all(name, cssClass).stream().map(Element::getTextContent).toList();
  }

  static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }
}
