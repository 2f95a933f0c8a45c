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

/* Inflates FlateDecode (zlib) data into a new GByteArray (caller unrefs), stopping once `limit` bytes are out
   so a small stream cannot expand without bound. A truncated stream gives what was decoded before the cut;
   data that is not zlib at all gives NULL. */
static inline GByteArray *docket_inflate(const guint8 *input, gsize length, gsize limit) {
    GConverter *converter = G_CONVERTER(g_zlib_decompressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
    GByteArray *out = g_byte_array_new();
    guint8 buffer[65536];
    gsize offset = 0;
    while (out->len < limit) {
        gsize consumed = 0, produced = 0;
        GError *error = NULL;
        GConverterResult result = g_converter_convert(converter, input + offset, length - offset, buffer,
                                                      sizeof buffer, G_CONVERTER_INPUT_AT_END, &consumed,
                                                      &produced, &error);
        if (result == G_CONVERTER_ERROR) {
            g_error_free(error);
            break;
        }
        offset += consumed;
        g_byte_array_append(out, buffer, (guint)produced);
        if (result == G_CONVERTER_FINISHED || (consumed == 0 && produced == 0)) break;
    }
    g_object_unref(converter);
    if (out->len == 0) {
        g_byte_array_unref(out);
        return NULL;
    }
    return out;
}

#endif
