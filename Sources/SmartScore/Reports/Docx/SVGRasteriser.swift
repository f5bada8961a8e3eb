import Foundation

/// Draws the report's SVG charts as PNG for the DOCX: Word shows a chart's SVG only as an extension of a
/// raster picture (`asvg:svgBlip` inside `a:blip`), and LibreOffice 7.4 ignores that extension and shows
/// the raster alone (measured: README.md), so every chart needs its PNG. librsvg's `rsvg-convert` (Debian
/// `librsvg2-bin`, 5.6 MB) draws them; the library has no SVG renderer of its own to keep in step.
enum SVGRasteriser {
    /// Twice the CSS size: sharp on paper at the width the document shows it.
    static let zoom = "2"
    /// A chart is drawn in well under a second; a minute means rsvg-convert is stuck.
    static let timeout: TimeInterval = 60

    /// rsvg-convert, or the refusal at `parameter` saying how to install it.
    static func program(parameter: Parameter, environment: [String: String]) throws -> ExternalProgram {
        guard let program = ExternalProgram.find(["rsvg-convert"], environment: environment) else {
            throw InputError(.docxRasteriserMissing, at: SourceLocation(parameter: parameter), hint: .docxRasteriserMissingHint)
        }
        return program
    }

    /// The PNG of each SVG, in order. Refuses, with how to install it, when rsvg-convert is not on PATH.
    static func png(_ svgs: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                    parameter: Parameter) throws -> [Data] {
        guard !svgs.isEmpty else { return [] }
        let program = try program(parameter: parameter, environment: environment)
        let folder = try ExternalProgram.scratchFolder("charts")
        defer { try? FileManager.default.removeItem(at: folder) }
        return try svgs.enumerated().map { index, svg in
            let input = folder.appendingPathComponent("chart\(index).svg"), output = folder.appendingPathComponent("chart\(index).png")
            try Data(svg.utf8).write(to: input)
            let outcome = try program.run(["--zoom", zoom, "--format", "png", "--output", output.path, input.path], in: folder, timeout: timeout)
            let number = String(index + 1)
            switch outcome {
            case .timedOut:
                throw InputError(.docxRasteriserFailed, ["chart": number, "reason": "timeout \(Int(timeout)) s"], at: SourceLocation(parameter: parameter))
            case let .finished(status, standardError):
                guard status == 0, let png = try? Data(contentsOf: output), png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
                    throw InputError(.docxRasteriserFailed, ["chart": number, "reason": "\(status) \(ExternalProgram.lastLines(standardError))"],
                                     at: SourceLocation(parameter: parameter))
                }
                return png
            }
        }
    }
}
