<?xml version="1.0" encoding="UTF-8"?>
<!-- Turns the contract into the API reference page served at /api/: its input is wsdl/contract.xml, which lists
     the WSDL of each port in the page's order; the WSDLs are read with document(), and the onenumber.xsd they share.
     XSLT 1.0, so the JDK's processor runs it during the build; everything shown comes from the contract's
     wsdl:documentation and xs:documentation, so the page cannot drift from it. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
                xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:h="http://www.w3.org/1999/xhtml"
                xmlns:c="urn:onenumber:contract"
                exclude-result-prefixes="wsdl soap xs h c">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <!-- relative to contract.xml, not to this stylesheet -->
  <xsl:variable name="schema" select="document('onenumber.xsd', /)/xs:schema"/>
  <!-- The WSDLs together, for looking things up. Lists of ports go through /c:contract/c:wsdl one file at a time, to
       keep its order (and not through a variable holding those elements: the JDK's processor then ran the first
       such loop once only). -->
  <xsl:variable name="wsdl" select="document(/c:contract/c:wsdl/@file, /)/wsdl:definitions"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>OneNumber SOAP API reference, v1</title>
        <style>
          body { font-family: system-ui, sans-serif; line-height: 1.45; max-width: 72rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
          table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
          th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
          th { background: #eef1f5; }
          code { font-family: ui-monospace, monospace; }
          section.operation { border-top: 1px solid #ccc; margin-top: 1.5rem; }
          nav ul { columns: 3 14rem; }
          a:focus { outline: 2px solid #005fcc; }
        </style>
      </head>
      <body>
        <header>
          <h1>OneNumber SOAP API reference, v1</h1>
          <p>Generated from the contract (one WSDL per port:
            <xsl:for-each select="/c:contract/c:wsdl">
              <xsl:apply-templates select="document(@file, .)/wsdl:definitions/wsdl:portType" mode="wsdl-link"/>
              <xsl:if test="position() != last()">, </xsl:if>
            </xsl:for-each>; namespace
            <code><xsl:value-of select="$wsdl/@targetNamespace"/></code>) when the application was built.
            <xsl:value-of select="count($wsdl/wsdl:portType/wsdl:operation)"/> operations on
            <xsl:value-of select="count($wsdl/wsdl:portType)"/> ports.</p>
        </header>
        <nav aria-labelledby="contents">
          <h2 id="contents">Contents</h2>
          <p><a href="#conventions">Conventions</a> · <a href="#faults">Fault codes</a> · <a href="#types">Types</a></p>
          <xsl:for-each select="/c:contract/c:wsdl">
            <xsl:for-each select="document(@file, .)/wsdl:definitions/wsdl:portType">
              <h3><a href="#{@name}"><xsl:value-of select="@name"/></a></h3>
              <ul>
                <xsl:for-each select="wsdl:operation">
                  <li><a href="#{../@name}-{@name}"><xsl:value-of select="@name"/></a></li>
                </xsl:for-each>
              </ul>
            </xsl:for-each>
          </xsl:for-each>
        </nav>
        <main>
          <xsl:call-template name="conventions"/>
          <xsl:for-each select="/c:contract/c:wsdl">
            <xsl:apply-templates select="document(@file, .)/wsdl:definitions/wsdl:portType"/>
          </xsl:for-each>
          <xsl:call-template name="types"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="conventions">
    <section aria-labelledby="conventions">
      <h2 id="conventions">Conventions</h2>
      <h3>Transport and credentials</h3>
      <p>SOAP 1.1, document/literal wrapped, WS-I Basic Profile. Each port has its own address (below, with the
        server's public address in place of localhost). Requests are authenticated with HTTP Basic over HTTPS with
        the carrier's API credentials (or a customer administrator's, for their own account); a request without
        valid credentials is answered with HTTP 401 (<code>NOT_AUTHENTICATED</code>).</p>
      <table>
        <caption>Ports and their addresses</caption>
        <thead><tr><th scope="col">Port</th><th scope="col">Address</th><th scope="col">Operations</th></tr></thead>
        <tbody>
          <xsl:for-each select="/c:contract/c:wsdl">
            <xsl:for-each select="document(@file, .)/wsdl:definitions/wsdl:portType">
              <xsl:variable name="port" select="@name"/>
              <tr>
                <th scope="row"><a href="#{$port}"><xsl:value-of select="$port"/></a></th>
                <td><code><xsl:value-of select="../wsdl:service/wsdl:port[@name = $port]/soap:address/@location"/></code></td>
                <td><xsl:value-of select="count(wsdl:operation)"/></td>
              </tr>
            </xsl:for-each>
          </xsl:for-each>
        </tbody>
      </table>
      <h3>Headers</h3>
      <p>Every request may carry a <code>RequestHeader</code> SOAP header; every answer carries a
        <code>ResponseHeader</code> (a fault carries the tracking id in its detail).</p>
      <xsl:call-template name="fields">
        <xsl:with-param name="type" select="$schema/xs:element[@name = 'RequestHeader']/xs:complexType"/>
        <xsl:with-param name="caption">RequestHeader</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="fields">
        <xsl:with-param name="type" select="$schema/xs:element[@name = 'ResponseHeader']/xs:complexType"/>
        <xsl:with-param name="caption">ResponseHeader</xsl:with-param>
      </xsl:call-template>
      <h3>Idempotency keys</h3>
      <p>A write (an operation that is not Ping, Get, List or Search) may carry an <code>idempotencyKey</code> of 1 to
        100 characters. Sent again with the same key and the same request, it is not run again: the first answer is
        returned with <code>replayed</code> true. The same key with another request is <code>IDEMPOTENCY_KEY_REUSED</code>;
        while the first is still running, <code>IDEMPOTENCY_KEY_IN_PROGRESS</code> (retry shortly). Keys belong to the
        login that sent them and are kept 48 hours. In a batch document (BulkPort ExecuteBatch) each command carries its own key.</p>
      <h3>Versions and changes</h3>
      <p>Records carry a <code>version</code>. A modify or delete may give <code>expectedVersion</code>: when it
        differs from the stored version the request changes nothing and answers <code>STALE_VERSION</code>; read
        again and repeat. In modify requests an absent element leaves the value as it is.</p>
      <h3>Paging</h3>
      <p>List and search operations take an optional <code>page</code> (<code>cursor</code>, <code>pageSize</code> 1 to
        200, default 50) and answer with a <code>nextCursor</code> while more remain. A cursor is opaque and bound to
        the query that made it: given to another list or with other criteria it is refused
        (<code>INVALID_FIELD</code>, field <code>cursor</code>).</p>
      <h3>Contract checks</h3>
      <p>A request that does not match the schema is refused before anything runs (<code>INVALID_REQUEST</code>, the
        element named in <code>field</code>). Strings are bounded (a name or number 255 characters, a template
        8000).</p>
      <h3>Versioning</h3>
      <p>Within v1 the contract only grows: new operations, new optional elements, new fault codes and new values of
        enumerations documented as open may appear; nothing is removed or renamed, and nothing optional becomes
        required. Clients should ignore what they do not know.</p>
      <xsl:apply-templates select="$schema/xs:element[@name = 'OneNumberFaultDetail']" mode="faults"/>
    </section>
  </xsl:template>

  <xsl:template match="xs:element" mode="faults">
    <section aria-labelledby="faults">
      <h2 id="faults">Fault codes</h2>
      <p><xsl:value-of select="normalize-space(xs:annotation/xs:documentation/text()[1])"/></p>
      <xsl:call-template name="fields">
        <xsl:with-param name="type" select="xs:complexType"/>
        <xsl:with-param name="caption">OneNumberFaultDetail (the SOAP fault's detail)</xsl:with-param>
      </xsl:call-template>
      <table>
        <caption>Codes</caption>
        <thead><tr><th scope="col">Code</th><th scope="col">Meaning</th></tr></thead>
        <tbody>
          <xsl:for-each select="xs:annotation/xs:documentation/h:dl/h:dt">
            <tr id="fault-{normalize-space(.)}">
              <th scope="row"><code><xsl:value-of select="normalize-space(.)"/></code></th>
              <td><xsl:value-of select="normalize-space(following-sibling::h:dd[1])"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template match="wsdl:portType">
    <xsl:variable name="port" select="@name"/>
    <section aria-labelledby="{$port}">
      <h2 id="{$port}"><xsl:value-of select="$port"/></h2>
      <p>Address: <code><xsl:value-of select="../wsdl:service/wsdl:port[@name = $port]/soap:address/@location"/></code>
        (<xsl:apply-templates select="." mode="wsdl-link"><xsl:with-param name="text">its WSDL</xsl:with-param></xsl:apply-templates>)</p>
      <xsl:apply-templates select="wsdl:operation"/>
    </section>
  </xsl:template>

  <!-- A link to the WSDL the server publishes for the current portType's port, relative to /api/. -->
  <xsl:template match="wsdl:portType" mode="wsdl-link">
    <xsl:param name="text" select="@name"/>
    <xsl:variable name="port" select="@name"/>
    <xsl:variable name="location" select="../wsdl:service/wsdl:port[@name = $port]/soap:address/@location"/>
    <a href="../ws/{substring-after($location, '/ws/')}?wsdl"><xsl:value-of select="$text"/></a>
  </xsl:template>

  <xsl:template match="wsdl:operation">
    <xsl:variable name="id" select="concat(../@name, '-', @name)"/>
    <xsl:variable name="doc" select="normalize-space(wsdl:documentation)"/>
    <xsl:variable name="in" select="substring-after($wsdl/wsdl:message[@name = substring-after(current()/wsdl:input/@message, ':')]/wsdl:part/@element, ':')"/>
    <xsl:variable name="out" select="substring-after($wsdl/wsdl:message[@name = substring-after(current()/wsdl:output/@message, ':')]/wsdl:part/@element, ':')"/>
    <section class="operation" aria-labelledby="{$id}" data-port="{../@name}" data-operation="{@name}">
      <h3 id="{$id}"><xsl:value-of select="@name"/> <small> (<xsl:value-of select="../@name"/>)</small></h3>
      <p class="description">
        <xsl:choose>
          <xsl:when test="contains($doc, 'Faults:')"><xsl:value-of select="normalize-space(substring-before($doc, 'Faults:'))"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$doc"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <h4>Request <code><xsl:value-of select="$in"/></code></h4>
      <xsl:call-template name="fields">
        <xsl:with-param name="type" select="$schema/xs:element[@name = $in]/xs:complexType"/>
        <xsl:with-param name="caption" select="concat($in, ' fields')"/>
      </xsl:call-template>
      <h4>Response <code><xsl:value-of select="$out"/></code></h4>
      <xsl:if test="$schema/xs:element[@name = $out]/xs:annotation/xs:documentation">
        <p><xsl:value-of select="normalize-space($schema/xs:element[@name = $out]/xs:annotation/xs:documentation)"/></p>
      </xsl:if>
      <xsl:call-template name="fields">
        <xsl:with-param name="type" select="$schema/xs:element[@name = $out]/xs:complexType"/>
        <xsl:with-param name="caption" select="concat($out, ' fields')"/>
      </xsl:call-template>
      <h4>Faults</h4>
      <ul class="faults">
        <xsl:call-template name="fault-items">
          <xsl:with-param name="rest" select="normalize-space(substring-after($doc, 'Faults:'))"/>
        </xsl:call-template>
      </ul>
    </section>
  </xsl:template>

  <!-- "A (x, y), B, C." into list items: split at ", " outside parentheses. -->
  <xsl:template name="fault-items">
    <xsl:param name="rest"/>
    <xsl:param name="item" select="''"/>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="contains($rest, ', ')"><xsl:value-of select="substring-before($rest, ', ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="joined">
      <xsl:choose>
        <xsl:when test="$item = ''"><xsl:value-of select="$text"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat($item, ', ', $text)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="open" select="string-length($joined) - string-length(translate($joined, '(', ''))
                                      - (string-length($joined) - string-length(translate($joined, ')', '')))"/>
    <xsl:choose>
      <xsl:when test="$rest = ''"/>
      <xsl:when test="$open &gt; 0 and contains($rest, ', ')">
        <xsl:call-template name="fault-items">
          <xsl:with-param name="rest" select="substring-after($rest, ', ')"/>
          <xsl:with-param name="item" select="$joined"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fault-item">
          <xsl:with-param name="text" select="$joined"/>
        </xsl:call-template>
        <xsl:if test="contains($rest, ', ')">
          <xsl:call-template name="fault-items">
            <xsl:with-param name="rest" select="substring-after($rest, ', ')"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fault-item">
    <xsl:param name="text"/>
    <xsl:variable name="bare">
      <xsl:choose>
        <xsl:when test="substring($text, string-length($text)) = '.'"><xsl:value-of select="substring($text, 1, string-length($text) - 1)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="code">
      <xsl:choose>
        <xsl:when test="contains($bare, ' ')"><xsl:value-of select="substring-before($bare, ' ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$bare"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <li>
      <xsl:choose>
        <xsl:when test="translate($code, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_', '') = ''">
          <a href="#fault-{$code}"><code class="fault-code"><xsl:value-of select="$code"/></code></a>
          <xsl:if test="contains($bare, ' ')"><xsl:text> </xsl:text><xsl:value-of select="substring-after($bare, ' ')"/></xsl:if>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$bare"/></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- The fields of a complex type: its sequence or choice, or those of the type it extends plus its own. -->
  <xsl:template name="fields">
    <xsl:param name="type"/>
    <xsl:param name="caption"/>
    <xsl:variable name="base" select="substring-after($type/xs:complexContent/xs:extension/@base, ':')"/>
    <xsl:variable name="fields" select="$schema/xs:complexType[@name = $base]/xs:sequence/xs:element
        | $type/xs:sequence/xs:element | $type/xs:sequence/xs:choice/xs:element | $type/xs:choice/xs:element
        | $type/xs:complexContent/xs:extension/xs:sequence/xs:element"/>
    <xsl:choose>
      <xsl:when test="$fields">
        <table>
          <caption><xsl:value-of select="$caption"/></caption>
          <thead>
            <tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Use</th><th scope="col">Documentation</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="$fields">
              <!-- a reference to a top-level element (a batch command's request, a batch result's answer): its name,
                   the operation it belongs to, and its own documentation -->
              <xsl:variable name="ref" select="substring-after(@ref, ':')"/>
              <xsl:variable name="refOp" select="$wsdl/wsdl:portType/wsdl:operation[wsdl:input/@message = current()/@ref
                  or wsdl:output/@message = current()/@ref][1]"/>
              <tr>
                <th scope="row"><code><xsl:value-of select="@name"/><xsl:value-of select="$ref"/></code></th>
                <td>
                  <xsl:choose>
                    <xsl:when test="$refOp">
                      <xsl:choose>
                        <xsl:when test="$refOp/wsdl:input/@message = @ref">request of </xsl:when>
                        <xsl:otherwise>answer of </xsl:otherwise>
                      </xsl:choose>
                      <a href="#{$refOp/../@name}-{$refOp/@name}"><code><xsl:value-of select="$refOp/@name"/></code></a>
                    </xsl:when>
                    <xsl:when test="$ref = 'OneNumberFaultDetail'"><a href="#faults"><code><xsl:value-of select="$ref"/></code></a></xsl:when>
                    <xsl:otherwise><xsl:call-template name="type-ref"><xsl:with-param name="type" select="@type"/></xsl:call-template></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td>
                  <xsl:choose>
                    <xsl:when test="parent::xs:choice">one of a choice</xsl:when>
                    <xsl:when test="@minOccurs = '0'">optional</xsl:when>
                    <xsl:otherwise>required</xsl:otherwise>
                  </xsl:choose>
                  <xsl:if test="@maxOccurs = 'unbounded' or @maxOccurs &gt; 1">, repeated</xsl:if>
                </td>
                <td>
                  <xsl:choose>
                    <xsl:when test="xs:annotation"><xsl:value-of select="normalize-space(xs:annotation/xs:documentation)"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="normalize-space($schema/xs:element[@name = $ref]/xs:annotation/xs:documentation/text()[1])"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise><p>No fields.</p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="type-ref">
    <xsl:param name="type"/>
    <xsl:variable name="local" select="substring-after($type, ':')"/>
    <xsl:choose>
      <xsl:when test="starts-with($type, 'on:')"><a href="#type-{$local}"><code><xsl:value-of select="$local"/></code></a></xsl:when>
      <xsl:when test="$type"><code><xsl:value-of select="$type"/></code></xsl:when>
      <xsl:otherwise>(nested)</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="types">
    <section aria-labelledby="types">
      <h2 id="types">Types</h2>
      <xsl:for-each select="$schema/xs:complexType[@name] | $schema/xs:simpleType[@name]">
        <xsl:sort select="@name"/>
        <section aria-labelledby="type-{@name}">
          <h3 id="type-{@name}"><xsl:value-of select="@name"/></h3>
          <xsl:if test="xs:annotation/xs:documentation">
            <p><xsl:value-of select="normalize-space(xs:annotation/xs:documentation)"/></p>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="self::xs:complexType">
              <xsl:call-template name="fields">
                <xsl:with-param name="type" select="."/>
                <xsl:with-param name="caption" select="concat(@name, ' fields')"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="xs:restriction/xs:enumeration">
              <p>One of:
                <xsl:for-each select="xs:restriction/xs:enumeration">
                  <code><xsl:value-of select="@value"/></code><xsl:if test="position() != last()">, </xsl:if>
                </xsl:for-each>
              </p>
            </xsl:when>
            <xsl:otherwise>
              <p>A <code><xsl:value-of select="xs:restriction/@base"/></code>
                <xsl:for-each select="xs:restriction/*">
                  <xsl:text>, </xsl:text><xsl:value-of select="local-name()"/><xsl:text> </xsl:text><xsl:value-of select="@value"/>
                </xsl:for-each>.</p>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:for-each>
    </section>
  </xsl:template>
</xsl:stylesheet>
