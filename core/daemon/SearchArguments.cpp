#include "daemon/SearchArguments.h"

namespace soar::daemon {

QList<imap::Argument> SearchArguments::fromTokens(const QList<rules::SearchToken> &tokens)
{
    // A stack of open groups; the bottom entry is the top-level argument list.
    QList<QList<imap::Argument>> stack {{}};
    for (const rules::SearchToken &token : tokens) {
        switch (token.kind) {
        case rules::SearchToken::Kind::Atom:
            stack.last().append(imap::Argument::keyword(token.atom));
            break;
        case rules::SearchToken::Kind::Text:
            stack.last().append(imap::Argument::text(token.text));
            break;
        case rules::SearchToken::Kind::GroupOpen:
            stack.append(QList<imap::Argument>());
            break;
        case rules::SearchToken::Kind::GroupClose:
            if (stack.size() > 1) {
                const QList<imap::Argument> group = stack.takeLast();
                stack.last().append(imap::Argument::list(group));
            }
            break;
        }
    }
    while (stack.size() > 1) { // unbalanced input never comes from the compiler; close anyway
        const QList<imap::Argument> group = stack.takeLast();
        stack.last().append(imap::Argument::list(group));
    }
    return stack.first();
}

} // namespace soar::daemon
