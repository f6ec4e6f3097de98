// SPDX-License-Identifier: MIT
// The import-file reader (transfer/ExportFormats): detection of the four formats and the readers of
// the JSON lists and the .env file. An encrypted bundle is only detected here (its header read):
// opening it runs Argon2id, which fuzz_bundle leaves out too (it reads the decrypted payload directly).
#include "FuzzSupport.h"
#include "transfer/ExportFormats.h"

using namespace vkauth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto format = ExportFormats::detect(input);
    if (!format.ok() || format.value == ExportFormat::Encrypted)
        return 0;
    const auto entries = ExportFormats::parse(input);
    if (!entries.ok() || entries.value.isEmpty())
        return 0;
    // What was read writes back in the same format and reads again to as many profiles.
    const auto written = ExportFormats::serialize(entries.value, format.value);
    fuzz::check(written.ok(), "read profiles serialize");
    const auto again = ExportFormats::parse(written.value);
    fuzz::check(again.ok(), "a written list reads back");
    fuzz::check(again.value.size() == entries.value.size(), "as many profiles after a round trip");
    return 0;
}
