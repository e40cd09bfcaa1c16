package io.kefu.channel.internal;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import io.kefu.platform.Problem;

/**
 * Reads the flat XML WeChat and WeCom post ({@code <xml><MsgType>…</MsgType>…</xml>}) into a map of
 * element name to text. No DOCTYPE is allowed, so external entities (XXE) and entity expansion
 * bombs are refused before anything is resolved.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** The top-level elements' texts; 400 for anything that is not such XML (a DOCTYPE included). */
    static Map<String, String> read(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
            Map<String, String> fields = new LinkedHashMap<>();
            for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    fields.put(element.getTagName(), element.getTextContent().strip());
                }
            }
            return fields;
        }
        catch (Exception e) {
            throw Problem.badRequest("The body is not a WeChat or WeCom XML message.");
        }
    }
}
