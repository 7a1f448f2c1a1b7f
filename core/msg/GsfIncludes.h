#pragma once

// glib's gio headers name a struct member `signals`, which Qt defines as a keyword macro:
// include libgsf with that macro lifted.
#pragma push_macro("signals")
#undef signals
#include <gsf/gsf.h>
#pragma pop_macro("signals")
