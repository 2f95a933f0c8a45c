// The XML wrapper: the only module that imports CLibXML2.
internal import CLibXML2
