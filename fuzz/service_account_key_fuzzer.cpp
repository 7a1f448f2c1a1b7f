// Bytes -> ServiceAccountKey::parse, the reader of a Google service account's JSON key file.
// It must never crash; a key it accepts has what signing needs (client_email, a PEM private
// key, an https token_uri), and a refusal is a settings error that names the file.
#include "oauth/ServiceAccountKey.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using soar::oauth::ServiceAccountKey;

namespace {

[[noreturn]] void fail(const char *why)
{
    std::fprintf(stderr, "service_account_key_fuzzer: %s\n", why);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray contents(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("/fuzz/key.json");
    const auto key = ServiceAccountKey::parse(contents, path);
    if (key.ok()) {
        if (key.value().clientEmail.isEmpty())
            fail("accepted without client_email");
        if (!key.value().privateKeyPem.contains("PRIVATE KEY"))
            fail("accepted without a PEM private key");
        if (!key.value().tokenUri.isValid() || key.value().tokenUri.isEmpty())
            fail("accepted without a token_uri");
        return 0;
    }
    if (key.error().kind != soar::common::Error::Kind::Config)
        fail("refused with an error that is not a settings error");
    if (!key.error().message.contains(path))
        fail("the refusal does not name the file");
    return 0;
}
