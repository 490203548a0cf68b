import Foundation

/// The text of a progress line for a corpus run: documents, megabytes read, throughput
/// and, when the total size is known, the estimated time left.
///
/// A value type with no output of its own; the CLI decides where (and whether) to show it.
public struct ProgressMeter: Sendable {
    /// Total input bytes, when known.
    public let totalBytes: Int?
    private let start: Double

    /// - Parameter now: seconds on a monotonic clock (see ``ProgressMeter/clock()``).
    public init(totalBytes: Int?, now: Double = ProgressMeter.clock()) {
        self.totalBytes = totalBytes
        start = now
    }

    /// Seconds on the monotonic clock.
    public static func clock() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Seconds since the meter started.
    public func elapsed(now: Double = ProgressMeter.clock()) -> Double { now - start }

    /// E.g. `12,345 documents  512.0 MB  4.1 MB/s  ETA 2m05s` (`of 1,024.0 MB` when the total is known).
    public func line(documents: Int, bytes: Int, now: Double = ProgressMeter.clock()) -> String {
        let seconds = max(now - start, 1e-9)
        let mb = Double(bytes) / 1e6
        let rate = mb / seconds
        var parts = ["\(Self.grouped(documents)) documents"]
        if let totalBytes, totalBytes > 0 {
            parts.append(String(format: "%.1f of %.1f MB", mb, Double(totalBytes) / 1e6))
        } else {
            parts.append(String(format: "%.1f MB", mb))
        }
        parts.append(String(format: "%.1f MB/s", rate))
        if let totalBytes, totalBytes > 0, rate > 0, bytes > 0 {
            parts.append("ETA " + Self.duration(max(0, Double(totalBytes - bytes) / 1e6 / rate)))
        }
        return parts.joined(separator: "  ")
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60) }
        if s >= 60 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return "\(s)s"
    }
}
