// SPDX-License-Identifier: MIT
#include "profiles/BulkMemory.h"

#include <QFile>

#include <cstdint>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace vkauth::BulkMemory {

namespace {

#ifdef Q_OS_LINUX
#ifdef MADV_POPULATE_WRITE
constexpr int kPopulateWrite = MADV_POPULATE_WRITE;
#else
constexpr int kPopulateWrite = 23; // Linux's value; glibc's headers may predate it
#endif

// An anonymous mapping of at least bytes, starting on a huge-page boundary and advised for huge
// pages; nullptr when the system says no. *length: what was mapped (a multiple of kHugePage).
void *mapHugePages(std::size_t bytes, std::size_t *length)
{
    const std::size_t wanted = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    // Map one huge page more and trim, so the block starts on a boundary.
    void *raw = mmap(nullptr, wanted + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return nullptr;
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + kHugePage - 1) & ~std::uintptr_t(kHugePage - 1);
    if (aligned > start)
        munmap(raw, aligned - start);
    const std::size_t tail = (start + wanted + kHugePage) - (aligned + wanted);
    if (tail > 0)
        munmap(reinterpret_cast<void *>(aligned + wanted), tail);
    void *block = reinterpret_cast<void *>(aligned);
    if (madvise(block, wanted, MADV_HUGEPAGE) != 0) { // no THP in this kernel: not worth a mapping
        munmap(block, wanted);
        return nullptr;
    }
    *length = wanted;
    return block;
}
#endif

// An ordinary read of at most max bytes: what the file gave, or nullopt with the OS's words.
std::optional<QByteArray> readToHeap(QFile &file, qint64 max, QString *problem)
{
    QByteArray bytes = file.read(max);
    if (bytes.isEmpty() && file.error() != QFileDevice::NoError) {
        if (problem)
            *problem = file.errorString();
        return std::nullopt;
    }
    return bytes;
}

} // namespace

FileBytes::FileBytes(FileBytes &&other) noexcept
    : m_map(std::exchange(other.m_map, nullptr))
    , m_mapped(std::exchange(other.m_mapped, 0))
    , m_size(std::exchange(other.m_size, 0))
    , m_heap(std::move(other.m_heap))
{
}

FileBytes &FileBytes::operator=(FileBytes &&other) noexcept
{
    FileBytes moved(std::move(other));
    std::swap(m_map, moved.m_map);
    std::swap(m_mapped, moved.m_mapped);
    std::swap(m_size, moved.m_size);
    m_heap.swap(moved.m_heap);
    return *this; // moved takes what this held and releases it
}

FileBytes::~FileBytes()
{
#ifdef Q_OS_LINUX
    if (m_map)
        munmap(m_map, m_mapped);
#endif
}

std::optional<FileBytes> FileBytes::read(QFile &file, qint64 size, qint64 limit, QString *problem)
{
    FileBytes bytes;
#ifdef Q_OS_LINUX
    if (size > 0 && std::size_t(size) >= kHugePage) {
        std::size_t length = 0;
        if (void *block = mapHugePages(std::size_t(size), &length)) {
            bytes.m_map = block;
            bytes.m_mapped = length;
            while (bytes.m_size < size) {
                const qint64 n = file.read(static_cast<char *>(block) + bytes.m_size, size - bytes.m_size);
                if (n < 0) {
                    if (problem)
                        *problem = file.errorString();
                    return std::nullopt; // bytes' destructor unmaps
                }
                if (n == 0)
                    break; // the file got shorter since its size was taken: what there is
                bytes.m_size += n;
            }
            return bytes;
        }
    }
#endif
    // A file that says it is empty may still have bytes (/proc, a pipe, /dev/zero): read what
    // there is, up to one byte past the limit.
    auto heap = readToHeap(file, size > 0 ? size : limit + 1, problem);
    if (!heap)
        return std::nullopt;
    bytes.m_heap = std::move(*heap);
    return bytes;
}

void prepareForWriting(void *data, std::size_t bytes)
{
#ifdef Q_OS_LINUX
    if (!data || bytes < kHugePage)
        return;
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (start + kHugePage - 1) & ~std::uintptr_t(kHugePage - 1);
    const std::uintptr_t end = (start + bytes) & ~std::uintptr_t(kHugePage - 1);
    if (end > first) // advice: failure is fine
        madvise(reinterpret_cast<void *>(first), end - first, MADV_HUGEPAGE);
    // The whole pages inside the block, faulted in by one call (Linux 5.14; older kernels say
    // EINVAL and the pages fault one by one as before).
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t from = (start + page - 1) & ~(page - 1);
    const std::uintptr_t to = (start + bytes) & ~(page - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, kPopulateWrite);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace vkauth::BulkMemory
