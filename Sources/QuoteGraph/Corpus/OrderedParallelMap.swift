import Foundation
import QuoteGraphModel

/// Maps a stream of documents over several worker threads and delivers the results in
/// input order, each as soon as it and every earlier one are done.
///
/// Workers pull the next document from the source themselves (reading is serialised), so a
/// slow document never holds up the others' cores. At most `window` documents are read but
/// not yet delivered; a worker that runs that far ahead waits. Memory is therefore bounded
/// by `window` documents and their results, whatever the length of the stream, and the
/// delivered sequence is the same for every worker count.
public struct OrderedParallelMap: Sendable {
    /// Worker threads; at least 1.
    public let workers: Int
    /// Documents read but not yet delivered, at most.
    public let window: Int

    /// - Parameters:
    ///   - workers: threads to use; nil uses every active core.
    ///   - window: in-flight documents; nil uses 8 per worker.
    public init(workers: Int? = nil, window: Int? = nil) {
        let w = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.workers = w
        self.window = max(w, window ?? 8 * w)
    }

    /// Runs `transform` on every document of `source` and calls `deliver` with each document
    /// and its result in input order. `deliver` runs on one thread at a time, never
    /// concurrently with itself; `progress` runs (also serialised, while the source is
    /// locked) after each document is read, with the source's counts.
    ///
    /// - Throws: the first error of the source or of `deliver`; no further document is
    ///   started after it, and results after the failing one are not delivered.
    public func run<R>(_ source: DocumentSource,
                       progress: ((DocumentSource.Tally) -> Void)? = nil,
                       transform: @Sendable (Document) -> R,
                       deliver: (Document, R) throws -> Void) throws {
        let state = State<R>(source: source, progress: progress)
        withoutActuallyEscaping(deliver) { deliver in
            withoutActuallyEscaping(transform) { transform in
                // The closures run only inside this call; `State` serialises `deliver`.
                let box = Unchecked((transform: transform, deliver: deliver))
                let window = self.window
                let body: @Sendable (Int) -> Void = { _ in
                    while let (index, document) = state.take(window: window) {
                        let result = box.value.transform(document)
                        state.finish(index, document, result, deliver: box.value.deliver)
                    }
                }
                if workers == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: body) }
            }
        }
        if let error = state.error { throw error }
    }
}

private struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The shared state of one run: the source (read under the lock), the reorder buffer and
/// the next index to deliver.
private final class State<R>: @unchecked Sendable {
    private let condition = NSCondition()
    private let deliverLock = NSLock()
    private let readLock = NSLock()
    private let source: DocumentSource
    private var nextIndex = 0
    private var delivered = 0
    private var done: [Int: (Document, R)] = [:]
    private var exhausted = false
    private let progress: ((DocumentSource.Tally) -> Void)?
    private(set) var error: Error?

    init(source: DocumentSource, progress: ((DocumentSource.Tally) -> Void)?) {
        self.source = source
        self.progress = progress
    }

    /// The next document to work on, or nil when the stream is over or failed. Reading is
    /// serialised by its own lock, so a read that blocks (a slow standard input) never keeps
    /// finished results from being delivered.
    func take(window: Int) -> (Int, Document)? {
        readLock.lock()
        defer { readLock.unlock() }
        condition.lock()
        while !exhausted && error == nil && nextIndex - delivered >= window { condition.wait() }
        let stop = exhausted || error != nil
        condition.unlock()
        if stop { return nil }
        do {
            guard let document = try source.next() else {
                condition.lock()
                exhausted = true
                condition.broadcast()
                condition.unlock()
                return nil
            }
            condition.lock()
            let index = nextIndex
            nextIndex += 1
            condition.unlock()
            progress?(source.tally)
            return (index, document)
        } catch {
            condition.lock()
            if self.error == nil { self.error = error }
            condition.broadcast()
            condition.unlock()
            return nil
        }
    }

    /// Stores a result and delivers every result that is now next in order.
    func finish(_ index: Int, _ document: Document, _ result: R, deliver: (Document, R) throws -> Void) {
        condition.lock()
        done[index] = (document, result)
        condition.unlock()
        // One deliverer at a time; it drains everything that is ready, in order.
        deliverLock.lock()
        defer { deliverLock.unlock() }
        while true {
            condition.lock()
            guard error == nil, let ready = done.removeValue(forKey: delivered) else {
                condition.unlock()
                return
            }
            condition.unlock()
            do {
                try deliver(ready.0, ready.1)
            } catch {
                condition.lock()
                if self.error == nil { self.error = error }
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.lock()
            delivered += 1
            condition.broadcast()
            condition.unlock()
        }
    }
}
