import Foundation

/// The token that guards the dashboard's uploads (`serve --allow-import --token-file FILE`): the file's first
/// line, trimmed. Shorter than 16 characters it guards nothing and is refused, by the CLI before the server
/// starts and by the server itself.
public enum UploadToken {
    public static let shortest = 16

    /// The token of `path`, or nil when the file cannot be read, is empty or its token is too short.
    public static func read(path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let token = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return token.count >= shortest ? token : nil
    }
}
