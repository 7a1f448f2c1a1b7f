#pragma once

#include <QMetaType>
#include <QString>

namespace soar::soar {

// One line of the connection test as the settings dialog shows it.
struct ConnectionTestStep {
    enum class Kind {
        Url, // the typed URL could be turned into an API root
        Reachable, // the server answered over verified TLS, as a Cloud SOAR API
        Credentials, // the token / Access ID + Key were accepted
    };
    enum class State { Passed, Failed, NotRun };

    Kind kind = Kind::Url;
    State state = State::NotRun;
    QString message;

    bool passed() const { return state == State::Passed; }
};

} // namespace soar::soar

Q_DECLARE_METATYPE(soar::soar::ConnectionTestStep)
