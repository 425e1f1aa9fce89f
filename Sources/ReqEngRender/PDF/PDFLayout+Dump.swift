/// The text form of a layout that golden files hold: one line per box, positions rounded to whole points.
extension PDFLayout {
    package func dump() -> String {
        var lines = [
            "document \(Self.number(pageWidth))x\(Self.number(pageHeight)) pages=\(pages.count)",
            "metadata title=\(Self.quote(metadata.title)) author=\(Self.quote(metadata.author))",
            "metadata subject=\(Self.quote(metadata.subject))",
            "metadata keywords=\(Self.quote(metadata.keywords)) creator=\(Self.quote(metadata.creator))",
            "metadata created=\(metadata.createDate)",
        ]
        for entry in outline {
            let indent = String(repeating: "  ", count: max(entry.level - 1, 0))
            lines.append(
                "outline \(indent)\(Self.quote(entry.title)) -> page \(entry.page + 1) y=\(Self.number(entry.y))")
        }
        for (index, page) in pages.enumerated() {
            lines.append("page \(index + 1)")
            for box in page.boxes { lines.append("  " + Self.describe(box)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ box: PDFBox) -> String {
        switch box {
        case .text(let text):
            let color = text.color.map { " color=\($0.rawValue)" } ?? ""
            let runs = text.runs.map { run in
                run == .lineBreak
                    ? "/" : run.emphasis == .regular ? quote(run.text) : "\(run.emphasis.rawValue):\(quote(run.text))"
            }
            return
                "text \(text.style.rawValue) \(text.alignment.rawValue) \(rect(text.x, text.y, text.width, text.height))\(color) "
                + runs.joined(separator: " ")
        case .rule(let rule):
            return "rule \(number(rule.x1)),\(number(rule.y1))->\(number(rule.x2)),\(number(rule.y2)) "
                + "w=\(PDFNumber.format(rule.lineWidth, decimals: 1)) \(rule.color.rawValue)\(rule.dotted ? " dotted" : "")"
        case .fill(let fill):
            return "fill \(rect(fill.x, fill.y, fill.width, fill.height)) \(fill.color.rawValue)"
        case .link(let link):
            return "link \(rect(link.x, link.y, link.width, link.height)) -> \(link.destination)"
        case .anchor(let anchor):
            return "anchor \(anchor.name) at \(number(anchor.x)),\(number(anchor.y))"
        }
    }

    private static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> String {
        "\(number(x)),\(number(y)) \(number(width))x\(number(height))"
    }

    private static func number(_ value: Double) -> String {
        PDFNumber.format(value, decimals: 0)
    }

    /// Quoted with `"` and `\` escaped, so the dump stays one line per box.
    private static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
