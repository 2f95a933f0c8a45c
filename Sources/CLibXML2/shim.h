#ifndef DOCKET_CLIBXML2_SHIM_H
#define DOCKET_CLIBXML2_SHIM_H

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

static inline void docket_xml_install_guards(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(docket_xml_refuse_external);
}

#endif
