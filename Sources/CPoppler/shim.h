#ifndef DOCKET_CPOPPLER_SHIM_H
#define DOCKET_CPOPPLER_SHIM_H

#include <poppler.h>
#include <glib.h>
#include <gio/gio.h>

/* POPPLER_ERROR is a function-like macro; Swift cannot import it. */
static inline GQuark docket_poppler_error_quark(void) { return POPPLER_ERROR; }

/* Opens a document from memory. poppler 22.12's new_from_bytes and new_from_data both crash on a wrong
   password (they retry on a stream that is already gone); new_from_stream reports it as an error. */
static inline PopplerDocument *docket_poppler_open(GBytes *bytes, const char *password, GError **error) {
    GInputStream *stream = g_memory_input_stream_new_from_bytes(bytes);
    PopplerDocument *document =
        poppler_document_new_from_stream(stream, (goffset)g_bytes_get_size(bytes), password, NULL, error);
    g_object_unref(stream);
    return document;
}

static gboolean docket_poppler_append_bytes(const gchar *buf, gsize count, gpointer data, GError **error) {
    (void)error;
    g_byte_array_append((GByteArray *)data, (const guint8 *)buf, (guint)count);
    return TRUE;
}

/* Copies an attachment's bytes into a new GByteArray (caller unrefs), so Swift needs no C callback.
   Returns NULL and sets error on failure. */
static inline GByteArray *docket_poppler_attachment_bytes(PopplerAttachment *attachment, GError **error) {
    GByteArray *bytes = g_byte_array_new();
    if (!poppler_attachment_save_to_callback(attachment, docket_poppler_append_bytes, bytes, error)) {
        g_byte_array_unref(bytes);
        return NULL;
    }
    return bytes;
}

/* The attachment's name without touching the deprecated public struct fields. */
static inline const gchar *docket_poppler_attachment_name(PopplerAttachment *attachment) {
    return poppler_attachment_get_name(attachment);
}

#endif
