// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <optional>

class QFile;

namespace vkauth {

// Memory for the few large blocks the store fills at once when it loads 10,000 profiles: the index's
// bytes and the list of records. Each 4 KiB page of fresh memory costs a page fault when first
// written, and on a virtual machine a fault is dear (~16 µs on the build machine: reading a 3.2 MB
// index into a plain QByteArray took 15–20 ms, nearly all of it faults; bench/notes.md). On Linux
// these blocks are advised for transparent huge pages (one fault per 2 MiB) where the kernel offers
// them ("madvise" or "always" in /sys/kernel/mm/transparent_hugepage/enabled); elsewhere, or when it
// refuses, they are ordinary memory and everything works the same, only slower.
namespace BulkMemory {

// Blocks smaller than this are not worth a huge page (its unused part would be resident memory).
constexpr std::size_t kHugePage = std::size_t(2) * 1024 * 1024;

// The whole of an open file, read at its size. Owns its bytes; movable, not copyable.
class FileBytes
{
public:
    FileBytes() = default;
    FileBytes(FileBytes &&other) noexcept;
    FileBytes &operator=(FileBytes &&other) noexcept;
    FileBytes(const FileBytes &) = delete;
    FileBytes &operator=(const FileBytes &) = delete;
    ~FileBytes();

    // Reads from the file's current position to its end: at most size bytes, the size it had when
    // asked; a file that says its size is 0 (a pipe, /proc, a device) is read up to limit + 1 bytes,
    // so a caller that allows limit bytes sees it is too large. On failure: nullopt and *problem (if
    // given) has the OS's words.
    static std::optional<FileBytes> read(QFile &file, qint64 size, qint64 limit, QString *problem = nullptr);

    QByteArrayView view() const
    {
        // constData(): never null, also for no bytes (a view of a null QByteArray would be)
        return m_map ? QByteArrayView(static_cast<const char *>(m_map), m_size)
                     : QByteArrayView(m_heap.constData(), m_heap.size());
    }
    QByteArray toByteArray() const { return view().toByteArray(); } // a copy
    bool usesHugePages() const { return m_map != nullptr; }

private:
    void *m_map = nullptr; // the huge-page mapping, when there is one
    std::size_t m_mapped = 0; // its length
    qsizetype m_size = 0; // the bytes read into it
    QByteArray m_heap; // else: the bytes in an ordinary allocation
};

// For a block about to be filled from its start to its end (e.g. a list just reserved at the size it
// will have): the part of it that covers whole huge pages is advised for them, and its pages are
// faulted in by one call rather than one fault each. Does nothing for small blocks or where the
// system has no such advice. Never changes the contents; only for memory that will all be written,
// or it would make resident what would otherwise never be.
void prepareForWriting(void *data, std::size_t bytes);

} // namespace BulkMemory
} // namespace vkauth
