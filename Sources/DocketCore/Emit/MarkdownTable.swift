/// What keeps a value inside one Markdown table cell, for the Markdown report and for Markdown templates alike.
enum MarkdownTable {
    /// `text` as the content of one cell: a pipe would end the cell and a line break the row, so the pipe is
    /// escaped (`\|`), a backslash too (else `\` before a pipe would unescape it), and line breaks become spaces.
    /// `markup` also escapes the characters that would format the text (the report shows extracted text as is).
    static func cell(_ text: String, markup: Bool = false) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|", "\\": out += "\\\(character)"
            case "`", "*", "_", "[", "]", "<", ">", "#": out += markup ? "\\\(character)" : String(character)
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
