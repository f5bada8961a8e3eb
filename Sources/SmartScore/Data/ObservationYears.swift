import Foundation

/// The years an observation may carry: the readers refuse others, and the store's column holds them.
public enum ObservationYears {
    public static let admitted = 1990...2100
    public static let admittedText = "1990–2100"
}
