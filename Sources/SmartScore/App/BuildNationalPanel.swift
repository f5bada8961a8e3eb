import Foundation

extension Workspace {
    /// Builds the real national panel from the bundled BPS table and series exports and writes it as a
    /// long CSV (all or nothing). Same files in, same bytes out.
    public func writeNationalPanel(to path: String) throws -> (panel: NationalPanel, rows: Int) {
        let panel = try bundledData().buildNationalPanel()
        return (panel, try panel.write(to: path))
    }
}
