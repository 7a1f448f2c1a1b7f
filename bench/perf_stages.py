#!/usr/bin/env python3
# Sorts the samples of a perf profile of `soar-imapd once` into the fetch path's stages (the
# table in docs/BENCHMARKS.md, issue 21):
#   perf record -F 400 --call-graph dwarf,32768 -o once.data -- soar-imapd --config C --data-dir D once
#   perf script -i once.data --no-inline -F tid,ip,sym,dso > stacks.txt
#   bench/perf_stages.py stacks.txt [--leaves]
# A sample belongs to the first stage (in the order below) any frame of its stack matches.
import sys, collections
rules = [  # (stage, substrings searched in the whole stack, innermost first wins by order of rules)
 ('base64 check', ['Base64Check::feed']),
 ('qp check', ['QuotedPrintableCheck']),
 ('digests: attachments (MD5+SHA-1+SHA-256)', ['PayloadDigests', 'PartWalker::describe']),
 ('digest: raw mail SHA-256', ['Digest::sha256Hex', 'parseWithGMime']),  # refined below
 ('html to text', ['HtmlToText']),
 ('MIME decode (GMime base64/QP + copy)', ['PartPayload::decoded']),
 ('charset to UTF-16 (body text)', ['PartPayload::text']),
 ('GMime parse (headers, tree)', ['g_mime_parser_construct_message']),
 ('read headers/addresses', ['MessageReader::readHeaders', 'MessageReader::read']),
 ('filter facts / check', ['MailConverter::toFacts', 'ClientMatcher']),
 ('store record (toIncoming, UTF-8)', ['MailConverter::toIncoming']),
 ('summaryOnly / free parsed mail', ['summaryOnly', '~Mail', 'Mail::~Mail']),
 ('FTS5 index', ['insertSearchText']),
 ('raw archive write', ['RawArchive::append', 'insertRaw']),
 ('mails/attachments rows', ['insertMail', 'insertAttachments', 'existingMailId', 'queueForSoar']),
 ('commit + fdatasync', ['SqlTransaction::commit', 'RawArchive::sync', 'fdatasync', 'CommitPipeline::commit']),
 ('TLS + socket read', ['QSslSocket', 'SslTransport', 'ssl3_read', 'SSL_read', 'QTlsBackend', 'QSslSocketPrivate']),
 ('IMAP framing/decoding', ['ResponseFramer', 'ResponseDecoder', 'ResponseParser', 'ImapSession', 'UidFetchTask']),
 ('fetch cycle bookkeeping', ['FetchCycle', 'ParsePipeline::deliverReady', 'CommitPipeline']),
 ('parse pipeline other', ['ParsePipeline::parse']),
 ('startup/teardown', ['_dl_', '__libc_start_main_impl', 'exit']),
]
samples = []
cur = None
for line in open(sys.argv[1], errors='replace'):
    if not line.strip():
        if cur: samples.append(cur)
        cur = None; continue
    if not line.startswith('\t'):
        cur = {'tid': line.split()[0], 'frames': []}
        continue
    parts = line.strip().split(None, 1)
    if len(parts) == 2 and cur is not None:
        cur['frames'].append(parts[1])
if cur: samples.append(cur)
counts = collections.Counter(); threads = collections.Counter(); leafs = collections.defaultdict(collections.Counter)
for s in samples:
    stack = ' | '.join(s['frames'])
    stage = 'other'
    # raw sha256 special: Digest called from parseWithGMime directly
    for name, keys in rules:
        if name.startswith('digest: raw'):
            if 'Digest::' in stack and 'parseWithGMime' in stack and 'PartWalker' not in stack:
                stage = name; break
            continue
        if any(k in stack for k in keys):
            stage = name; break
    counts[stage] += 1
    leafs[stage][s['frames'][0].split('(')[0][:60] if s['frames'] else '?'] += 1
total = sum(counts.values())
print(f"{total} samples")
for name, c in counts.most_common():
    print(f"{100*c/total:5.1f}%  {name}")
if '--leaves' in sys.argv[2:]:
    for name, c in counts.most_common():
        print('\n==', name)
        for l, n in leafs[name].most_common(8): print(f"   {100*n/total:5.2f}% {l}")
