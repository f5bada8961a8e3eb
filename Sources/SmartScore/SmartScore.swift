import Foundation

/// smartscore: scores Indonesian regencies and cities against the SNI smart-city indicators
/// (SNI ISO 37120, 37122, 37123). This module is the library under the `smartscore` command.
public enum SmartScoreInfo {
    /// The version printed by `smartscore --version` and recorded in every report.
    public static let version = "0.1.0"
}
