/*
 * Renders the combined event documentation (ADR 38). Each service's AsyncAPI document is read as
 * the gateway routes it; its messages' payload references ('/events/X.v1.schema.json', relative to
 * the service) are read from /events/<service>/X.v1.schema.json.
 */
(function () {
  'use strict';

  const SERVICES = ['registration', 'committee', 'voting', 'guide'];
  const $ = (id) => document.getElementById(id);

  /**
   * Reads the YAML subset the services' AsyncAPI documents use: nested mappings, quoted and plain
   * scalars, '|' block scalars and lists (kept as arrays). Not a general YAML parser.
   */
  function parseYaml(text) {
    const lines = text.split('\n');
    const root = {};
    const stack = [{ indent: -1, node: root }];
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i];
      if (!raw.trim() || raw.trim().startsWith('#')) continue;
      const indent = raw.search(/\S/);
      while (stack.length > 1 && indent <= stack[stack.length - 1].indent) stack.pop();
      const parent = stack[stack.length - 1];
      let line = raw.trim();
      if (line.startsWith('- ')) {
        if (!Array.isArray(parent.node.__list)) parent.node.__list = [];
        parent.node.__list.push(line.slice(2));
        continue;
      }
      const colon = line.indexOf(':');
      const key = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (value === '|') {
        const block = [];
        let j = i + 1;
        for (; j < lines.length && (lines[j].trim() === '' || lines[j].search(/\S/) > indent); j++) {
          block.push(lines[j].trim());
        }
        parent.node[key] = block.join('\n').trim();
        i = j - 1;
      } else if (value === '') {
        const child = {};
        parent.node[key] = child;
        stack.push({ indent: indent, node: child });
      } else {
        parent.node[key] = scalar(value);
      }
    }
    return root;
  }

  function scalar(value) {
    if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
    if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value);
    return value;
  }

  function el(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  async function fetchText(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    return response.text();
  }

  async function renderService(service) {
    const section = el('section', undefined, { id: service, 'data-service': service });
    $('services').appendChild(section);
    const source = '/asyncapi/' + service + '.yaml';
    $('sources').append(el('a', source, { href: source }), ' ');
    let doc;
    try {
      doc = parseYaml(await fetchText(source));
    } catch (e) {
      section.appendChild(el('p', service + ': ' + e.message, { class: 'error' }));
      return;
    }
    section.appendChild(el('h2', doc.info.title + ' (' + doc.info.version + ')'));
    section.appendChild(el('p', doc.info.description));
    const messages = (doc.components && doc.components.messages) || {};
    for (const [channelKey, channel] of Object.entries(doc.channels || {})) {
      section.appendChild(el('h3', 'Topic ' + channel.address, { id: service + '-' + channelKey }));
      $('toc').appendChild(el('li')).appendChild(el('a', channel.address, { href: '#' + service + '-' + channelKey }));
      section.appendChild(el('p', channel.description || ''));
      for (const key of Object.keys(channel.messages || {})) {
        section.appendChild(await renderMessage(service, key, messages[key]));
      }
    }
  }

  async function renderMessage(service, key, message) {
    const block = el('div', undefined, { class: 'event', 'data-event': key });
    block.appendChild(el('h4', message.name));
    block.appendChild(el('p', message.title || ''));
    const ref = message.payload && message.payload.$ref;
    const file = ref ? ref.replace(/^\/events\//, '') : null;
    if (!file) {
      block.appendChild(el('p', 'No payload schema.', { class: 'error' }));
      return block;
    }
    const url = '/events/' + service + '/' + file;
    const example = url.replace('.schema.json', '.example.json');
    const links = el('p');
    links.append('Schema ', el('a', file, { href: url }), ' · example ',
      el('a', file.replace('.schema.json', '.example.json'), { href: example }));
    block.appendChild(links);
    try {
      const schema = JSON.parse(await fetchText(url));
      block.appendChild(el('pre', JSON.stringify(schema, null, 2), { class: 'schema', 'data-schema': file }));
    } catch (e) {
      block.appendChild(el('p', e.message, { class: 'error' }));
    }
    return block;
  }

  (async function () {
    for (const service of SERVICES) await renderService(service);
    document.body.setAttribute('data-loaded', 'true');
  })();
})();
