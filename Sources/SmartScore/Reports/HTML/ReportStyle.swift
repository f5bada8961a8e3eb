import Foundation

/// The report pages' shared style sheet, for a front end that serves it as a file of its own (the dashboard's
/// Content-Security-Policy admits no inline `<style>` element) instead of inline in each page.
public enum ReportStyle {
    public static var css: String { HTMLPage.css }
}
