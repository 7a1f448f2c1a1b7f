#include "mime/MimeParameters.h"

#include "mime/gmime/GMimeInclude.h"
#include "mime/gmime/GMimeRuntime.h"
#include "mime/gmime/GObjectRef.h"

namespace soar::mime {

namespace {

// The parameters back in header form (name="value"; ...) for GMime's own parameter parser.
QByteArray headerForm(const MimeParameters::List &parameters)
{
    QByteArray out;
    for (const auto &[name, value] : parameters) {
        QByteArray escaped = value;
        // A literal may carry bytes a header line cannot: they would end the value early.
        escaped.replace('\0', ' ').replace('\r', ' ').replace('\n', ' ');
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        if (!out.isEmpty())
            out += "; ";
        out += name + "=\"" + escaped + '"';
    }
    return out;
}

} // namespace

QString MimeParameters::decoded(const List &parameters, const char *name)
{
    if (parameters.isEmpty())
        return {};
    gmime::GMimeRuntime::ensureInitialized();
    GMimeParserOptions *options = g_mime_parser_options_new();
    // The same leniency as the mail parser (ParseSession), so both read a name alike.
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    static const char *fallbackCharsets[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallbackCharsets);
    const QByteArray text = headerForm(parameters);
    gmime::GObjectRef<GMimeParamList> list(g_mime_param_list_parse(options, text.constData()));
    g_mime_parser_options_free(options);
    GMimeParam *param = list ? g_mime_param_list_get_parameter(list.get(), name) : nullptr;
    const char *value = param ? g_mime_param_get_value(param) : nullptr;
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace soar::mime
