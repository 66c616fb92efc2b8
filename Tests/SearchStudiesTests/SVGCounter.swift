import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Counts `element.class` pairs and collects text content of an SVG document.
final class SVGCounter: NSObject, XMLParserDelegate {
    var root: String?
    var count: [String: Int] = [:]
    var texts: [String] = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if root == nil { root = name }
        if let style = attributes["class"] { count["\(name).\(style)", default: 0] += 1 }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(text) }
    }
}
