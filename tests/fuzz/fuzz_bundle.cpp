// SPDX-License-Identifier: MIT
// The encrypted bundle (crypto/EncryptedBundle, transfer/ExportFormats) without Argon2id or the AEAD:
// the header reader on the input, and the decrypted-payload reader (what ExportFormats::parse does
// with the plaintext: detect, then read a list with tokens) on what follows the header.
#include "FuzzSupport.h"
#include "crypto/EncryptedBundle.h"
#include "transfer/ExportFormats.h"

using namespace vkauth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto header = EncryptedBundle::parseHeader(input);
    if (header.ok()) {
        fuzz::check(header.value.kdf.acceptable(), "an accepted header has acceptable limits");
        fuzz::check(EncryptedBundle::encodeHeader(header.value) == input.first(EncryptedBundle::headerSize),
            "a header re-encodes to the same bytes");
    }
    // The payload: the bytes after a header, or the whole input when it is shorter.
    const QByteArray payload
        = input.size() > EncryptedBundle::headerSize ? input.sliced(EncryptedBundle::headerSize) : input;
    const auto inner = ExportFormats::detect(payload);
    if (inner.ok() && inner.value == ExportFormat::Json) {
        const auto entries = ExportFormats::parse(payload);
        if (entries.ok()) {
            for (const TransferEntry &entry : entries.value)
                fuzz::check(!entry.secrets.token.isEmpty(), "a list with tokens has a token in every entry");
        }
    }
    return 0;
}
