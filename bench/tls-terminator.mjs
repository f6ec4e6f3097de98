// SPDX-License-Identifier: MIT
// bench/run's TLS in front of the loopback fake VK (which speaks plain HTTP): accepts TLS on
// 127.0.0.1 with the given certificate and pipes each connection to the fake's port. Appends one line
// per HTTP request seen ("METHOD /path", never the query or body) to the log, so bench/run can count
// the requests each client made. Prints its port on stdout.
//   node tls-terminator.mjs CERT KEY UPSTREAM_PORT LOG
import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

const [cert, key, upstreamPort, log] = process.argv.slice(2);
const requestLine = /(?:^|\r\n)(GET|POST|HEAD|PUT|DELETE|OPTIONS) (\/[^?\s]*)\S* HTTP\/1\.[01]\r\n/g;
const server = tls.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, (client) => {
    const upstream = net.connect(Number(upstreamPort), '127.0.0.1');
    // Without these, a client that sends its headers and its body in two writes (curl does) waited
    // 40 ms in about half the runs: Nagle held the body back until the fake acknowledged the
    // headers, and the fake delayed that acknowledgement (bench/notes.md, session 8).
    upstream.setNoDelay(true);
    client.setNoDelay(true);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('data', (chunk) => {
        for (const m of chunk.toString('latin1').matchAll(requestLine))
            fs.appendFileSync(log, `${m[1]} ${m[2]}\n`);
    });
    client.pipe(upstream).pipe(client);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => process.exit(0));
