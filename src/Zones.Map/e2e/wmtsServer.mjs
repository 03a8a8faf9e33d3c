// A tiny WMTS server for the browser tests: a 天地图-style capabilities document (layer "img",
// tile matrix sets "w" = Web Mercator as urn:ogc:def:crs:EPSG::900913 and "c" = CGCS2000
// EPSG:4490, levels 1–18, KVP GetTile on the same address) and solid magenta PNG tiles. It
// records every tile request so a test can tell which tiles the map asked for, with which key.
import {createServer} from 'node:http';
import {crc32, deflateSync} from 'node:zlib';

const WORLD = 20037508.3427892;
const SCALE_1 = 295829355.4545656; // 天地图's level-1 scale denominator, both sets

function matrices(set) {
  const rows = [];
  for (let level = 1; level <= 18; level++) {
    const width = set === 'w' ? 2 ** level : 2 ** level;
    const height = set === 'w' ? 2 ** level : 2 ** (level - 1);
    const corner = set === 'w' ? `${-WORLD} ${WORLD}` : '90.0 -180.0';
    rows.push(`<TileMatrix><ows:Identifier>${level}</ows:Identifier><ScaleDenominator>${SCALE_1 / 2 ** (level - 1)}</ScaleDenominator>
      <TopLeftCorner>${corner}</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
      <MatrixWidth>${width}</MatrixWidth><MatrixHeight>${height}</MatrixHeight></TileMatrix>`);
  }
  const crs = set === 'w' ? 'urn:ogc:def:crs:EPSG::900913' : 'urn:ogc:def:crs:EPSG::4490';
  return `<TileMatrixSet><ows:Identifier>${set}</ows:Identifier><ows:SupportedCRS>${crs}</ows:SupportedCRS>${rows.join('')}</TileMatrixSet>`;
}

function capabilities(base) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">
  <ows:ServiceIdentification><ows:Title>测试影像服务</ows:Title><ows:ServiceType>OGC WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
  <ows:OperationsMetadata><ows:Operation name="GetTile"><ows:DCP><ows:HTTP><ows:Get xlink:href="${base}/img/wmts?">
    <ows:Constraint name="GetEncoding"><ows:AllowedValues><ows:Value>KVP</ows:Value></ows:AllowedValues></ows:Constraint>
  </ows:Get></ows:HTTP></ows:DCP></ows:Operation></ows:OperationsMetadata>
  <Contents>
    <Layer><ows:Title>测试影像</ows:Title><ows:Identifier>img</ows:Identifier>
      <ows:WGS84BoundingBox><ows:LowerCorner>-180.0 -90.0</ows:LowerCorner><ows:UpperCorner>180.0 90.0</ows:UpperCorner></ows:WGS84BoundingBox>
      <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style><Format>tiles</Format>
      <TileMatrixSetLink><TileMatrixSet>w</TileMatrixSet></TileMatrixSetLink><TileMatrixSetLink><TileMatrixSet>c</TileMatrixSet></TileMatrixSetLink>
    </Layer>
    ${matrices('w')}${matrices('c')}
  </Contents>
</Capabilities>`;
}

/** A 256 × 256 PNG of one RGBA colour. */
export function solidPng([r, g, b, a]) {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(new Array(256).fill([r, g, b, a]).flat())]);
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(new Array(256).fill(row)))), chunk('IEND', Buffer.alloc(0))]);
}

/** Starts the server on a free port; resolves with its base URL, the tile requests seen, and close(). */
export async function startWmtsServer() {
  const tile = solidPng([230, 0, 230, 255]);
  const tiles = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const params = Object.fromEntries([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (params.request === 'GetCapabilities') {
      response.setHeader('Content-Type', 'application/xml; charset=utf-8');
      return response.end(capabilities(`http://127.0.0.1:${server.address().port}`));
    }
    if (params.request === 'GetTile') {
      tiles.push({set: params.tilematrixset, level: Number(params.tilematrix), row: Number(params.tilerow), col: Number(params.tilecol), tk: params.tk});
      response.setHeader('Content-Type', 'image/png');
      return response.end(tile);
    }
    response.statusCode = 404;
    response.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {base: `http://127.0.0.1:${server.address().port}`, tiles, close: () => new Promise((r) => server.close(r))};
}
