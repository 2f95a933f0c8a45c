#ifndef DOCKET_CLIBXML2_SHIM_H
#define DOCKET_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU, and encoding.h then includes the system's <unicode/ucnv.h>, whose types
   clash with Foundation's bundled ICU in sanitizer builds. Only xmlCharEncodingHandler's private fields
   depend on it, and Docket never touches them (it passes the handler by pointer only). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>

/* xmlFree is a macro over a global function pointer; Swift 6 rejects the global as unsafe. */
static inline void docket_xml_free(void *pointer) { xmlFree(pointer); }

/* Every external resource (DTD, entity, XInclude) is refused: the XML layer must never touch the
   file system or the network on behalf of a document. */
static xmlParserInputPtr docket_xml_refuse_external(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}

/* The first error of a parse: libxml2's own "last error" is usually a consequence, not the cause.
   Thread-local so parses on different threads never see each other's errors. */
typedef struct {
    int captured;
    xmlError first;
} docket_xml_error_sink;

static __thread docket_xml_error_sink *docket_xml_current_sink = NULL;

static void docket_xml_capture_error(void *user, xmlErrorPtr error) {
    (void)user;
    docket_xml_error_sink *sink = docket_xml_current_sink;
    if (sink != NULL && !sink->captured && error != NULL && error->level >= XML_ERR_ERROR) {
        xmlCopyError(error, &sink->first);
        sink->captured = 1;
    }
}

/* Parses with errors routed to the sink instead of stderr. */
static inline xmlDocPtr docket_xml_read_memory(xmlParserCtxtPtr context, const char *buffer, int size, int options,
                                               docket_xml_error_sink *sink) {
    docket_xml_current_sink = sink;
    context->sax->serror = docket_xml_capture_error;
    xmlDocPtr document = xmlCtxtReadMemory(context, buffer, size, NULL, NULL, options);
    docket_xml_current_sink = NULL;
    return document;
}

static void docket_xml_ignore_error(void *user, xmlErrorPtr error) { (void)user; (void)error; }

/* XPath errors land in context->lastError instead of stderr. */
static inline void docket_xml_silence_xpath(xmlXPathContextPtr context) {
    context->error = docket_xml_ignore_error;
}

static inline void docket_xml_install_guards(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(docket_xml_refuse_external);
}

#endif
