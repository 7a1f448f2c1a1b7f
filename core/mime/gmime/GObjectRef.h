#pragma once

#include <glib-object.h>

#include <utility>

namespace soar::mime::gmime {

// Owns one GObject reference (GMime objects are GObjects) and drops it on destruction.
template<typename T>
class GObjectRef {
public:
    GObjectRef() = default;
    explicit GObjectRef(T *adopted) : m_ptr(adopted) { }
    ~GObjectRef() { reset(); }
    GObjectRef(const GObjectRef &) = delete;
    GObjectRef &operator=(const GObjectRef &) = delete;
    GObjectRef(GObjectRef &&o) noexcept : m_ptr(std::exchange(o.m_ptr, nullptr)) { }
    GObjectRef &operator=(GObjectRef &&o) noexcept
    {
        if (this != &o) {
            reset();
            m_ptr = std::exchange(o.m_ptr, nullptr);
        }
        return *this;
    }

    T *get() const { return m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    void reset()
    {
        if (m_ptr)
            g_object_unref(m_ptr);
        m_ptr = nullptr;
    }

private:
    T *m_ptr = nullptr;
};

// Owns a g_malloc'ed string returned by GMime / GLib.
class GCharPtr {
public:
    explicit GCharPtr(char *adopted) : m_ptr(adopted) { }
    ~GCharPtr() { g_free(m_ptr); }
    GCharPtr(const GCharPtr &) = delete;
    GCharPtr &operator=(const GCharPtr &) = delete;
    const char *get() const { return m_ptr; }

private:
    char *m_ptr;
};

} // namespace soar::mime::gmime
